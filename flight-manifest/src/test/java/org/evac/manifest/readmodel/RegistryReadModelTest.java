package org.evac.manifest.readmodel;

import static org.awaitility.Awaitility.await;
import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.manifest.support.Upstream;
import org.evac.testing.EventPublisher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryReadModelTest {

    @Inject IdentityFingerprints fingerprints;

    @Inject EntityManager entityManager;

    @Test
    void anOlderSnapshotArrivingLateDoesNotUndoANewerOne() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger().familyName("RAHIMI");
        UUID person = Upstream.registerPerson("HAIDARI", "1985-03-12", line.documentNumber());
        publishSnapshot(UUID.randomUUID(), person, "RAHIMI", line.documentNumber(), 3);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () ->
                                                        RegisteredPerson.<RegisteredPerson>findById(
                                                                                person)
                                                                        .version
                                                                == 3));
        UUID stale = UUID.randomUUID();
        publishSnapshot(stale, person, "HAIDARI", line.documentNumber(), 2);
        awaitProcessed(stale);

        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].personId", equalTo(person.toString()))
                .body("passengers[0].results", contains("NOT_ALLOCATED"));
    }

    /**
     * A burst lands in few polls, each written with three statements: the result must be what
     * applying the snapshots one by one gives.
     */
    @Test
    void aBurstOfVersionsLeavesEachPersonWithTheDocumentsOfItsLatestVersion() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        List<UUID> persons = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID()).toList();
        List<PassengerBuilder> earlier = persons.stream().map(p -> passenger()).toList();
        List<PassengerBuilder> later = persons.stream().map(p -> passenger()).toList();
        for (int i = 0; i < persons.size(); i++) {
            publishSnapshot(
                    UUID.randomUUID(),
                    persons.get(i),
                    "HAIDARI",
                    earlier.get(i).documentNumber(),
                    1);
        }
        UUID last = UUID.randomUUID();
        for (int i = 0; i < persons.size(); i++) {
            publishSnapshot(
                    i == persons.size() - 1 ? last : UUID.randomUUID(),
                    persons.get(i),
                    "HAIDARI",
                    later.get(i).documentNumber(),
                    2);
        }
        awaitProcessed(last);

        List<PassengerBuilder> lines = new ArrayList<>(later);
        lines.addAll(earlier);
        var report =
                Fixtures.submit(flight, lines.toArray(PassengerBuilder[]::new)).statusCode(201);
        for (int i = 0; i < persons.size(); i++) {
            report.body("passengers[%d].personId".formatted(i), equalTo(persons.get(i).toString()));
            report.body("passengers[%d].personId".formatted(persons.size() + i), nullValue());
        }
    }

    @Test
    void aDocumentClaimedTwiceInABurstEndsWithItsLastHolder() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        publishSnapshot(UUID.randomUUID(), first, "HAIDARI", line.documentNumber(), 1);
        publishSnapshot(last, second, "HAIDARI", line.documentNumber(), 1);
        awaitProcessed(last);

        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].personId", equalTo(second.toString()));
    }

    @Test
    void aMergedRecordsDocumentsLeadToTheSurvivor() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder survivorLine = passenger();
        PassengerBuilder mergedLine = passenger();
        UUID survivor =
                Upstream.registerPerson("HAIDARI", "1985-03-12", survivorLine.documentNumber());
        UUID merged = Upstream.registerPerson("HAIDARI", "1985-03-12", mergedLine.documentNumber());
        Upstream.assignSeats(flight, survivor);
        UUID event = UUID.randomUUID();
        EventPublisher.publish(
                "evac.registry.events",
                event.toString(),
                "/citizen-registry",
                "org.evac.registry.persons.merged.v1",
                survivor.toString(),
                "{\"survivorId\":\"%s\",\"mergedId\":\"%s\"}".formatted(survivor, merged));
        awaitProcessed(event);

        Fixtures.submit(flight, mergedLine)
                .statusCode(201)
                .body("passengers[0].personId", equalTo(survivor.toString()))
                .body("passengers[0].results", contains("CLEARED"));
    }

    @Test
    void aReplayRebuildsTheReadModelsFromTheTopics() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger();
        UUID person = Upstream.registerPerson("HAIDARI", "1985-03-12", line.documentNumber());
        Upstream.assignSeats(flight, person);

        Auth.admin()
                .post("/api/v1/admin/read-models/replay")
                .then()
                .statusCode(202)
                .body(
                        "consumers.consumer",
                        contains("flight-manifest-registry", "flight-manifest-coordination"));
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () ->
                                                        RegisteredPerson.findById(person) != null
                                                                && SeatAllocation.findById(
                                                                                new SeatAllocation
                                                                                        .Key(
                                                                                        person,
                                                                                        flight))
                                                                        != null));

        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"));
        Auth.coordinator().post("/api/v1/admin/read-models/replay").then().statusCode(403);
    }

    private void publishSnapshot(
            UUID eventId, UUID person, String familyName, String passport, int version) {
        String json =
                """
                {"personId":"%s","registryNumber":"R-1","householdId":null,"category":"US_CITIZEN",
                 "verification":"VERIFIED","departureWish":"WANTS_TO_LEAVE","province":null,"vulnerabilities":[],
                 "status":"ACTIVE","lastReachedAt":null,"version":%d,
                 "fingerprints":{"keyId":"k1","scheme":2,"familyName":"%s","birthDate":"%s",
                   "documents":[{"type":"AFGHAN_PASSPORT","issuingCountry":"AFG","fingerprint":"%s"}]}}"""
                        .formatted(
                                person,
                                version,
                                fingerprints.familyName(familyName),
                                fingerprints.birthDate("1985-03-12"),
                                fingerprints.document("AFGHAN_PASSPORT", "AFG", passport));
        EventPublisher.publish(
                "evac.registry.events",
                eventId.toString(),
                "/citizen-registry",
                "org.evac.registry.person.updated.v1",
                person.toString(),
                json);
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () ->
                                                        ((Number)
                                                                                entityManager
                                                                                        .createNativeQuery(
                                                                                                "select count(*) from inbox_event where event_id = ?1")
                                                                                        .setParameter(
                                                                                                1,
                                                                                                eventId
                                                                                                        .toString())
                                                                                        .getSingleResult())
                                                                        .intValue()
                                                                == 1));
    }
}
