package org.evac.infrastructure.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evac.infrastructure.locks.AdvisoryLocks;

/**
 * Stored responses in the service's own database, read and written in the caller's transaction (the
 * transaction of the request's effect), so a response is stored exactly when its effect commits and
 * holds across instances and restarts.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final IdempotencyConfig config;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public IdempotencyStore(
            EntityManager entityManager,
            ObjectMapper mapper,
            IdempotencyConfig config,
            Clock clock,
            AdvisoryLocks locks) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Holds the key until the transaction ends; false while another transaction holds it, i.e.
     * while the first request with this key is still running.
     */
    boolean tryLock(RequestKey key) {
        return locks.tryExclusive("idempotency/" + key.lockName());
    }

    Optional<StoredResponse> find(RequestKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                """
                select request_hash, status, response_headers, response_body from idempotency_key
                where caller = ?1 and operation = ?2 and idempotency_key = ?3 and created_at > ?4""")
                        .setParameter(1, key.caller())
                        .setParameter(2, key.operation())
                        .setParameter(3, key.key())
                        .setParameter(4, cutoff())
                        .getResultList();
        return rows.stream()
                .findFirst()
                .map(
                        row ->
                                new StoredResponse(
                                        (byte[]) row[0],
                                        ((Number) row[1]).intValue(),
                                        headers((String) row[2]),
                                        (byte[]) row[3]));
    }

    void save(RequestKey key, StoredResponse response) {
        // A row past its retention may still be there until the purge: the key is free again.
        entityManager
                .createNativeQuery(
                        "delete from idempotency_key where caller = ?1 and operation = ?2"
                                + " and idempotency_key = ?3")
                .setParameter(1, key.caller())
                .setParameter(2, key.operation())
                .setParameter(3, key.key())
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        """
                insert into idempotency_key (caller, operation, idempotency_key, request_hash,
                    status, response_headers, response_body, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, key.caller())
                .setParameter(2, key.operation())
                .setParameter(3, key.key())
                .setParameter(4, response.requestHash())
                .setParameter(5, response.status())
                .setParameter(6, json(response.headers()))
                .setParameter(7, response.body())
                .setParameter(8, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    @Scheduled(
            every = "${evac.idempotency.purge-interval:1h}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgeExpired() {
        entityManager
                .createNativeQuery("delete from idempotency_key where created_at <= ?1")
                .setParameter(1, cutoff())
                .executeUpdate();
    }

    private OffsetDateTime cutoff() {
        return OffsetDateTime.now(clock).minus(config.retention());
    }

    private String json(Map<String, String> headers) {
        try {
            return mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response headers are not serialisable", e);
        }
    }

    private Map<String, String> headers(String json) {
        try {
            return mapper.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response headers are unreadable", e);
        }
    }
}
