package org.evac.manifest.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** This service's own records of the registry events it reads (only the fields it needs). */
public final class RegistryEvents {

    public static final String PERSON_PREFIX = "org.evac.registry.person.";
    public static final String PERSONS_MERGED = "org.evac.registry.persons.merged.v1";

    private RegistryEvents() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonSnapshot(
            UUID personId, String status, long version, Fingerprints fingerprints) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fingerprints(
            String familyName, String birthDate, List<DocumentFingerprint> documents) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentFingerprint(String type, String issuingCountry, String fingerprint) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonsMerged(UUID survivorId, UUID mergedId) {}
}
