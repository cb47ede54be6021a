package org.evac.registry.duplicate;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.bulk.CopyRows;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.hibernate.Session;

/**
 * Keeps {@code person_match_key} in the code's {@link Identity#KEY_SCHEME}: when a release changes
 * the blocking keys or the name folding under them, the first instance to start rebuilds every key,
 * in one transaction, before it serves requests. Other instances wait on the same lock.
 */
@ApplicationScoped
class MatchKeyIndex {

    private static final int FETCH_SIZE = 10_000;

    private final EntityManager entityManager;
    private final AdvisoryLocks locks;

    MatchKeyIndex(EntityManager entityManager, AdvisoryLocks locks) {
        this.locks = locks;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        rebuildIfOutdated();
    }

    /** A large registry takes longer than the default transaction timeout to re-key. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    void rebuildIfOutdated() {
        locks.exclusive("person_match_key rebuild");
        entityManager.unwrap(Session.class).doWork(this::rebuildIfOutdated);
    }

    private void rebuildIfOutdated(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select scheme from match_key_scheme");
                ResultSet rs = query.executeQuery()) {
            if (rs.next() && Identity.KEY_SCHEME.equals(rs.getString(1))) {
                return;
            }
        }
        long started = System.nanoTime();
        try (PreparedStatement clear =
                connection.prepareStatement("delete from person_match_key")) {
            clear.execute();
        }
        int persons = 0;
        CopyRows keys = CopyRows.into("person_match_key", "key", "person_id");
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select id, family_name, given_names, birth_date, native_name from person where merged_into is null")) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    Identity.of(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    null,
                                    Set.of(),
                                    null)
                            .storedKeys()
                            .forEach(key -> keys.add(key, id));
                    persons++;
                }
            }
        }
        keys.copyTo(connection);
        try (PreparedStatement mark =
                connection.prepareStatement(
                        "delete from match_key_scheme; insert into match_key_scheme (scheme, built_at) values (?, now())")) {
            mark.setString(1, Identity.KEY_SCHEME);
            mark.execute();
        }
        Log.infof(
                "Rebuilt duplicate-detection keys of %d persons for scheme %s in %d ms",
                persons, Identity.KEY_SCHEME, (System.nanoTime() - started) / 1_000_000);
    }
}
