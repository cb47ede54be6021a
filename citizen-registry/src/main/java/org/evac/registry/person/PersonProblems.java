package org.evac.registry.person;

import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.duplicate.DuplicateCandidate;

/** The problems person operations answer with, beyond the generic ones. */
public final class PersonProblems {

    private PersonProblems() {}

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Person", id);
    }

    public static ProblemException duplicateDocument(UUID existingPersonId) {
        return new ProblemException(
                Problem.of(
                                409,
                                "duplicate-document",
                                "Document already registered",
                                "This document belongs to another person; a document belongs to one person only")
                        .with("existingPersonId", existingPersonId)
                        .with("existingPerson", "/api/v1/persons/" + existingPersonId));
    }

    public static ProblemException likelyDuplicate(List<DuplicateCandidate> candidates) {
        return new ProblemException(
                Problem.of(
                                409,
                                "likely-duplicate",
                                "Likely duplicate",
                                "This person is probably registered already; review the candidates, or repeat the request with "
                                        + "acknowledgeDuplicates=true if they are different people")
                        .with("candidates", candidates));
    }

    public static ProblemException merged(UUID id, UUID survivor) {
        return new ProblemException(
                Problem.of(
                                409,
                                "person-merged",
                                "Person merged",
                                "Person "
                                        + id
                                        + " was merged into "
                                        + survivor
                                        + "; change the surviving record")
                        .with("mergedInto", survivor));
    }

    public static ProblemException stale(int currentVersion) {
        return new ProblemException(
                Problem.of(
                                412,
                                "stale-version",
                                "Stale version",
                                "The person changed since you read it; read it again and reapply your change")
                        .with("currentVersion", currentVersion));
    }

    public static ProblemException versionRequired() {
        return new ProblemException(
                Problem.of(
                        428,
                        "version-required",
                        "Version required",
                        "Send If-Match with the ETag (version) you read, so that concurrent edits are not lost"));
    }
}
