package org.evac.infrastructure.testapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Consumes ledger events from another "service" into a projection; a payload with poison=true
 * always fails, and one with crash=true kills the consumer's thread the first time it is seen (as
 * an error outside the handler's control would).
 */
@ApplicationScoped
public class LedgerProjection implements EventConsumer {

    public static final String TOPIC = "test.ledger.incoming";
    public static final String NAME = "ledger-projection";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    public LedgerProjection(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return LedgerService.RECORDED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        Incoming incoming = event.dataAs(Incoming.class, mapper);
        if (incoming.poison()) {
            throw new IllegalArgumentException("cannot project this entry");
        }
        if (Boolean.TRUE.equals(incoming.crash()) && crashed.add(incoming.account())) {
            throw new StackOverflowError("simulated");
        }
        // No primary-key guard of our own: a second effect would be a duplicate row, which the
        // inbox must prevent.
        entityManager
                .createNativeQuery(
                        "insert into projected_entry (event_id, account, sequence) "
                                + "values (?1 || '-' || gen_random_uuid(), ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, incoming.account())
                .setParameter(3, incoming.sequence())
                .executeUpdate();
    }

    @Transactional
    public long projected(String account) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from projected_entry where account = ?1")
                                .setParameter(1, account)
                                .getSingleResult())
                .longValue();
    }

    /** {@code crash} is optional: other tests' payloads leave it out. */
    public record Incoming(String account, long sequence, boolean poison, Boolean crash) {}
}
