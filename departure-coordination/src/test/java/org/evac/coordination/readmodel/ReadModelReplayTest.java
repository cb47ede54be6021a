package org.evac.coordination.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.coordination.support.Api.awaitFlightStatus;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Upstream;
import org.junit.jupiter.api.Test;

/** Replaying the registry and manifest topics into empty tables rebuilds identical read models. */
@QuarkusTest
class ReadModelReplayTest {

    private static final List<String> TABLES =
            List.of(
                    "select p::text from person_view p order by person_id",
                    "select m::text from person_merge_view m order by merged_id",
                    "select h::text from household_view h order by household_id",
                    "select c::text from contact_attempt_view c order by attempt_id",
                    "select f::text from flight_view f order by flight_id",
                    "select m::text from manifest_passenger_view m order by flight_id, person_id");

    @Inject EntityManager entityManager;

    @Test
    void replayRebuildsIdenticalReadModels() {
        UUID household = UUID.randomUUID();
        UUID head =
                Upstream.person()
                        .household(household)
                        .vulnerable("MEDICAL")
                        .vulnerable("ELDERLY")
                        .publish();
        UUID child =
                Upstream.person().household(household).category("IMMEDIATE_RELATIVE").publish();
        Upstream.household(household, head, List.of(head, child), 1);
        Upstream.person()
                .id(child)
                .household(household)
                .province("AF-BAL")
                .version(2)
                .publishAs("org.evac.registry.person.updated.v1");
        Upstream.person()
                .id(child)
                .province("AF-HER")
                .version(1)
                .publishAs("org.evac.registry.person.updated.v1");
        UUID duplicate = Upstream.person().publish();
        Upstream.merged(head, duplicate);
        Upstream.reached(head);
        UUID flight = Upstream.flight().reserved(12).publish();
        Upstream.flight().id(flight).reserved(8).publishAs("org.evac.manifest.flight.updated.v1");
        Upstream.manifest(flight, 1, List.of(head, child));
        Upstream.boarded(flight, head);
        Upstream.noShow(flight, child);
        Upstream.departed(flight, List.of(head));
        Upstream.arrived(flight, List.of(head));
        UUID cancelled = Upstream.flight().status("CANCELLED").publish();
        awaitPerson(head);
        awaitPerson(duplicate);
        awaitFlightStatus(flight, "ARRIVED");
        awaitFlightStatus(cancelled, "CANCELLED");
        await().atMost(Api.PATIENCE)
                .until(() -> caughtUp() && snapshot().get(5).contains(child.toString()));
        List<String> before = snapshot();
        assertThat(String.join("\n", before))
                .contains(
                        "AF-BAL",
                        "ELDERLY,MEDICAL",
                        head.toString(),
                        "(" + duplicate + "," + head + ")");

        Api.as("admin")
                .post("/api/v1/admin/read-models/replay")
                .then()
                .statusCode(202)
                .body("consumers", hasSize(2));

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> caughtUp() && snapshot().equals(before));
        Api.as("admin")
                .get("/api/v1/admin/read-models")
                .then()
                .statusCode(200)
                .body("consumers[0].lag", equalTo(0));
    }

    @Test
    void onlyAdminsReplay() {
        Api.coordinator()
                .post("/api/v1/admin/read-models/replay")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private boolean caughtUp() {
        return Api.as("admin")
                .get("/api/v1/admin/read-models")
                .jsonPath()
                .getList("consumers.lag", Integer.class)
                .stream()
                .allMatch(lag -> lag == 0);
    }

    @SuppressWarnings("unchecked")
    private List<String> snapshot() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            List<String> tables = new ArrayList<>();
                            for (String query : TABLES) {
                                tables.add(
                                        String.join(
                                                "\n",
                                                entityManager
                                                        .createNativeQuery(query)
                                                        .getResultList()));
                            }
                            return tables;
                        });
    }
}
