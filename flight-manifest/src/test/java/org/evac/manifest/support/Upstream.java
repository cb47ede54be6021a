package org.evac.manifest.support;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.readmodel.RegisteredPerson;
import org.evac.manifest.readmodel.SeatAllocation;
import org.evac.testing.EventPublisher;

/**
 * Publishes the events citizen-registry and departure-coordination would publish, and waits until
 * this service's consumers have applied them.
 */
public final class Upstream {

    private Upstream() {}

    /** Registers a person holding an Afghan passport, as the registry would announce it. */
    public static UUID registerPerson(String familyName, String birthDate, String passportNumber) {
        return registerPerson(familyName, birthDate, "AFGHAN_PASSPORT", "AFG", passportNumber);
    }

    /**
     * Registers a person holding one document of the registry's types (US_PASSPORT, AFGHAN_TAZKIRA,
     * ...).
     */
    public static UUID registerPerson(
            String familyName,
            String birthDate,
            String documentType,
            String country,
            String number) {
        UUID personId = UUID.randomUUID();
        IdentityFingerprints fingerprints =
                Arc.container().instance(IdentityFingerprints.class).get();
        publishPerson(
                personId,
                1,
                fingerprints.current(),
                IdentityFingerprints.SCHEME,
                false,
                familyName,
                birthDate,
                documentType,
                country,
                number);
        return personId;
    }

    /**
     * Publishes a snapshot of a person as the registry would, fingerprinted with {@code key} and
     * family-name {@code scheme}; {@code legacy} leaves out keyId and scheme, as the registry did
     * before fingerprints carried them. Waits until the read model holds it.
     */
    public static void publishPerson(
            UUID personId,
            int version,
            FingerprintKey key,
            int scheme,
            boolean legacy,
            String familyName,
            String birthDate,
            String documentType,
            String country,
            String number) {
        String json =
                """
                {"personId":"%s","registryNumber":"R-%s","householdId":null,"category":"US_CITIZEN",
                 "verification":"VERIFIED","departureWish":"WANTS_TO_LEAVE","province":"AF-KAB","vulnerabilities":[],
                 "status":"ACTIVE","lastReachedAt":null,"version":%d,
                 "fingerprints":{%s"familyName":"%s","birthDate":"%s",
                   "documents":[{"type":"%s","issuingCountry":"%s","fingerprint":"%s"}]}}"""
                        .formatted(
                                personId,
                                personId.toString().substring(0, 8),
                                version,
                                legacy
                                        ? ""
                                        : "\"keyId\":\""
                                                + key.id()
                                                + "\",\"scheme\":"
                                                + scheme
                                                + ",",
                                key.familyName(familyName, scheme),
                                key.birthDate(birthDate),
                                documentType,
                                country,
                                key.document(documentType, country, number));
        EventPublisher.publish(
                "evac.registry.events",
                "/citizen-registry",
                "org.evac.registry.person." + (version == 1 ? "registered" : "updated") + ".v1",
                personId.toString(),
                json);
        String expectedKey = key.id();
        int expectedScheme = legacy ? 1 : scheme;
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () -> {
                                                    RegisteredPerson person =
                                                            RegisteredPerson.findById(personId);
                                                    return person != null
                                                            && person.version == version
                                                            && person.key().equals(expectedKey)
                                                            && person.scheme() == expectedScheme;
                                                }));
    }

    public static void assignSeats(UUID flightId, UUID... personIds) {
        publishSeats("org.evac.coordination.seat.assigned.v1", flightId, personIds);
        awaitSeats(flightId, true, personIds);
    }

    public static void releaseSeats(UUID flightId, UUID... personIds) {
        publishSeats("org.evac.coordination.seat.released.v1", flightId, personIds);
        awaitSeats(flightId, false, personIds);
    }

    private static void publishSeats(String type, UUID flightId, UUID... personIds) {
        String ids =
                List.of(personIds).stream()
                        .map(id -> "\"" + id + "\"")
                        .collect(Collectors.joining(","));
        String json =
                """
                {"flightId":"%s","householdId":null,"personIds":[%s],"reason":null}"""
                        .formatted(flightId, ids);
        EventPublisher.publish(
                "evac.coordination.events",
                "/departure-coordination",
                type,
                personIds[0].toString(),
                json);
    }

    private static void awaitSeats(UUID flightId, boolean present, UUID... personIds) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () ->
                                                        List.of(personIds).stream()
                                                                .allMatch(
                                                                        id ->
                                                                                (SeatAllocation
                                                                                                        .findById(
                                                                                                                new SeatAllocation
                                                                                                                        .Key(
                                                                                                                        id,
                                                                                                                        flightId))
                                                                                                != null)
                                                                                        == present)));
    }
}
