package org.evac.registry.duplicate;

import java.util.UUID;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;

/** The problems of the review queue, beyond the generic ones. */
final class DuplicateProblems {

    private DuplicateProblems() {}

    static ProblemException reviewNotFound(UUID id) {
        return ProblemException.notFound("Duplicate review", id);
    }

    static ProblemException alreadyDecided(DuplicateReview review) {
        return new ProblemException(
                Problem.of(
                                409,
                                "review-decided",
                                "Pair already decided",
                                "This pair was decided " + review.status + " already")
                        .with("decision", review.status.name()));
    }

    static ProblemException survivorNotInPair() {
        return ProblemException.invalid(
                "The survivor must be one of the pair",
                java.util.List.of(
                        new FieldError(
                                "survivorId", "must be one of the two persons of the pair")));
    }
}
