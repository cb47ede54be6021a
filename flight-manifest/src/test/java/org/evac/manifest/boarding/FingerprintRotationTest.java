package org.evac.manifest.boarding;

import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.manifest.support.Upstream;
import org.junit.jupiter.api.Test;

/**
 * Manifest checks and boarding stay correct through a fingerprint switch. The tests run as step 1
 * of the runbook left this service: key k1 current, k0 previous. The registry's persons are first
 * under k0 and the first family-name scheme, then republished with the same version under k1 and
 * scheme 2. A snapshot published before fingerprints carried a key id and scheme counts as k1 and
 * scheme 1.
 */
@QuarkusTest
class FingerprintRotationTest {

    @Inject IdentityFingerprints fingerprints;
    @Inject DocumentRekey rekey;
    @Inject EntityManager entityManager;

    @Test
    void checksAgreeBeforeDuringAndAfterTheRegistryRepublishesUnderTheNewKeyAndScheme() {
        FingerprintKey previous = fingerprints.key("k0").orElseThrow();
        FingerprintKey current = fingerprints.current();
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder same = passenger().familyName("AHMADZAY");
        PassengerBuilder compound = passenger().familyName("AHMAD ZAI");
        PassengerBuilder impostor = passenger().familyName("KARIMI");
        UUID[] persons = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        PassengerBuilder[] lines = {same, compound, impostor};
        for (int i = 0; i < 3; i++) {
            Upstream.publishPerson(
                    persons[i],
                    1,
                    previous,
                    1,
                    false,
                    i == 2 ? "Haidari" : "Ahmadzai",
                    "1985-03-12",
                    "AFGHAN_PASSPORT",
                    "AFG",
                    lines[i].documentNumber());
        }
        Upstream.assignSeats(flight, persons);

        // Under k0 and scheme 1, which does not join a name written in two words.
        Fixtures.submit(flight, same, compound, impostor)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"))
                .body("passengers[1].results", contains("NAME_MISMATCH"))
                .body("passengers[2].results", contains("NAME_MISMATCH"));

        // Midway: the first person republished under k1 and scheme 2, the others not yet.
        Upstream.publishPerson(
                persons[0],
                1,
                current,
                2,
                false,
                "Ahmadzai",
                "1985-03-12",
                "AFGHAN_PASSPORT",
                "AFG",
                same.documentNumber());
        Fixtures.submit(flight, same, compound, impostor)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"))
                .body("passengers[0].personId", equalTo(persons[0].toString()))
                .body("passengers[1].results", contains("NAME_MISMATCH"))
                .body("passengers[2].results", contains("NAME_MISMATCH"));

        for (int i = 1; i < 3; i++) {
            Upstream.publishPerson(
                    persons[i],
                    1,
                    current,
                    2,
                    false,
                    i == 2 ? "Haidari" : "Ahmadzai",
                    "1985-03-12",
                    "AFGHAN_PASSPORT",
                    "AFG",
                    lines[i].documentNumber());
        }
        // After: scheme 2 joins Ahmad Zai; a different family name is still caught.
        Fixtures.submit(flight, same, compound, impostor)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"))
                .body("passengers[1].results", contains("CLEARED"))
                .body("passengers[2].results", contains("NAME_MISMATCH"))
                .body("flightResults", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSnapshotWithoutKeyIdAndSchemeIsReadAsTheFirstKeyAndScheme() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger().familyName("HAYDARI");
        UUID person = UUID.randomUUID();
        Upstream.publishPerson(
                person,
                1,
                fingerprints.key("k1").orElseThrow(),
                1,
                true,
                "Haidari",
                "1985-03-12",
                "AFGHAN_PASSPORT",
                "AFG",
                line.documentNumber());
        Upstream.assignSeats(flight, person);
        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"));
    }

    @Test
    void aPassengerBoardedUnderThePreviousKeyIsNotBoardedTwiceAndIsRekeyed() {
        FingerprintKey previous = fingerprints.key("k0").orElseThrow();
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger();
        Fixtures.submit(flight, line).statusCode(201);
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);
        board(flight, line).statusCode(201);

        // As an instance still configured with k0 alone wrote them.
        String old = previous.document("AFGHAN_PASSPORT", "AFG", line.documentNumber());
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            entityManager
                                    .createNativeQuery(
                                            "update boarding set document_fingerprint = ?1 where flight_id = ?2")
                                    .setParameter(1, old)
                                    .setParameter(2, flight)
                                    .executeUpdate();
                            entityManager
                                    .createNativeQuery(
                                            "update passenger_line set document_fingerprint = ?1 where revision_id in"
                                                    + " (select id from manifest_revision where flight_id = ?2)")
                                    .setParameter(1, old)
                                    .setParameter(2, flight)
                                    .executeUpdate();
                            entityManager
                                    .createNativeQuery(
                                            "update fingerprint_keys_state set keys = 'k0'")
                                    .executeUpdate();
                        });
        board(flight, line)
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("already-recorded"));

        rekey.rekeyIfOutdated();
        String now =
                fingerprints.current().document("AFGHAN_PASSPORT", "AFG", line.documentNumber());
        long rekeyed =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        ((Number)
                                                        entityManager
                                                                .createNativeQuery(
                                                                        "select count(*) from boarding where flight_id = ?1 and document_fingerprint = ?2")
                                                                .setParameter(1, flight)
                                                                .setParameter(2, now)
                                                                .getSingleResult())
                                                .longValue());
        org.assertj.core.api.Assertions.assertThat(rekeyed).isEqualTo(1);
        board(flight, line).statusCode(409);
    }

    private static io.restassured.response.ValidatableResponse board(
            UUID flight, PassengerBuilder line) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "documentType", "P",
                                "documentIssuingCountry", "AFG",
                                "documentNumber", line.documentNumber()))
                .post("/api/v1/flights/{id}/boardings", flight)
                .then();
    }
}
