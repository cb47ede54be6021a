package org.evac.registry.duplicate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.duplicate.DuplicateReview.FoundBy;
import org.evac.registry.duplicate.DuplicateReview.Status;
import org.evac.registry.duplicate.DuplicateScorer.Band;
import org.evac.registry.duplicate.DuplicateScorer.Factor;
import org.evac.registry.person.PersonSummary;

/** A pair in the review queue as a coordinator sees it: both persons, the score and its factors. */
@Schema(name = "DuplicateReview")
public record DuplicateReviewView(
        UUID id,
        Status status,
        Band band,
        double score,
        double weight,
        List<String> reasons,
        List<Factor> factors,
        FoundBy foundBy,
        Instant foundAt,
        @Schema(description = "The person with the lower id") PersonSummary first,
        PersonSummary second,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        String href) {}
