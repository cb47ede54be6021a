package org.evac.registry.duplicate;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.duplicate.DuplicateScorer.Band;
import org.evac.registry.duplicate.DuplicateScorer.Factor;

/** An existing person the record under scrutiny may be, with how sure we are and why. */
@Schema(name = "DuplicateCandidate")
public record DuplicateCandidate(
        UUID personId,
        String registryNumber,
        String familyName,
        String givenNames,
        String birthDate,
        @Schema(description = "0 to 1: 0.5 at the possible threshold, 0.8 at likely") double score,
        @Schema(
                        description =
                                "LIKELY blocks a registration unless acknowledged; POSSIBLE is queued")
                Band band,
        @Schema(description = "Sum of the factors' weights (bits of evidence)") double weight,
        @Schema(description = "Every factor compared, with its weight, as sentences")
                List<String> reasons,
        @Schema(description = "Every factor compared, with its weight") List<Factor> factors,
        String href) {

    static DuplicateCandidate of(RegisteredIdentity other, DuplicateScorer.Match match) {
        return new DuplicateCandidate(
                other.id(),
                other.registryNumber(),
                other.familyName(),
                other.givenNames(),
                other.birthDate(),
                match.score(),
                match.band(),
                match.weight(),
                match.reasons(),
                match.factors(),
                "/api/v1/persons/" + other.id());
    }
}
