package org.evac.registry.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of every person event, version 1. Identity travels only as keyed fingerprints: never
 * names, dates of birth, document numbers, phones or emails.
 */
public record PersonSnapshot(
        UUID personId,
        String registryNumber,
        UUID householdId,
        String category,
        String verification,
        String departureWish,
        String province,
        List<String> vulnerabilities,
        String status,
        Instant lastReachedAt,
        int version,
        Fingerprints fingerprints) {

    /**
     * HMAC-SHA256 fingerprints under the key {@code keyId}, the family name under {@code scheme}
     * (see {@code IdentityFingerprints}); birthDate is null when the date of birth is unknown.
     */
    public record Fingerprints(
            String keyId,
            int scheme,
            String familyName,
            String birthDate,
            List<DocumentFingerprint> documents) {}

    public record DocumentFingerprint(String type, String issuingCountry, String fingerprint) {}
}
