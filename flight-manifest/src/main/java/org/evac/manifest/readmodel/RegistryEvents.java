package org.evac.manifest.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.identity.IdentityFingerprints;

/** This service's own records of the registry events it reads (only the fields it needs). */
public final class RegistryEvents {

    public static final String PERSON_PREFIX = "org.evac.registry.person.";
    public static final String PERSONS_MERGED = "org.evac.registry.persons.merged.v1";

    private RegistryEvents() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonSnapshot(
            UUID personId, String status, long version, Fingerprints fingerprints) {}

    /** keyId and scheme are absent from snapshots published before they existed: k1, scheme 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fingerprints(
            String keyId,
            Integer scheme,
            String familyName,
            String birthDate,
            List<DocumentFingerprint> documents) {

        public String key() {
            return keyId == null ? IdentityFingerprints.FIRST_KEY_ID : keyId;
        }

        public int schemeOrFirst() {
            return scheme == null ? 1 : scheme;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentFingerprint(String type, String issuingCountry, String fingerprint) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonsMerged(UUID survivorId, UUID mergedId) {}
}
