package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** This service's record of the registry's person events: only the fields it needs, never names. */
@JsonIgnoreProperties(ignoreUnknown = true)
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
        OffsetDateTime lastReachedAt,
        long version) {}
