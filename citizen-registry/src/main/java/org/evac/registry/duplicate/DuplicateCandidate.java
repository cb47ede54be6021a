package org.evac.registry.duplicate;

import java.util.List;
import java.util.UUID;

/** An existing person the record under scrutiny may be, with how sure we are and why. */
public record DuplicateCandidate(
        UUID personId,
        String registryNumber,
        String familyName,
        String givenNames,
        String birthDate,
        double score,
        List<String> reasons,
        String href) {}
