package org.evac.coordination.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Forgets offers, journeys and split permissions left by earlier tests, for tests that allocate the
 * whole pool. Read models stay: they come from the topics, and the replay test compares them with a
 * rebuild.
 */
public final class OwnedState {

    private OwnedState() {}

    public static void clear(EntityManager entityManager) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (String table :
                                    List.of(
                                            "offer_reminder",
                                            "offer_person",
                                            "offer",
                                            "journey_transition",
                                            "journey",
                                            "split_permission")) {
                                entityManager
                                        .createNativeQuery("delete from " + table)
                                        .executeUpdate();
                            }
                        });
    }
}
