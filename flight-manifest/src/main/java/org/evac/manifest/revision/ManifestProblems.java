package org.evac.manifest.revision;

import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.submission.SourceFormat;

/**
 * The problems manifest operations answer with, beyond the generic ones (parse errors are the
 * format's own: {@code malformed-csv}, {@code malformed-paxlst}).
 */
final class ManifestProblems {

    private ManifestProblems() {}

    static ProblemException locked(Flight flight) {
        return new ProblemException(
                Problem.of(
                                409,
                                "manifest-locked",
                                "Manifest locked",
                                "Flight "
                                        + flight.id
                                        + " is "
                                        + flight.status
                                        + ": its manifest takes no more revisions")
                        .with("flightStatus", flight.status.name()));
    }

    static ProblemException wrongFlight(SourceFormat format, String named, Flight flight) {
        return new ProblemException(
                Problem.of(
                        422,
                        "wrong-flight",
                        "Manifest of another flight",
                        "The "
                                + format
                                + " upload is for flight "
                                + named
                                + ", not "
                                + flight.flightNumber
                                + "; nothing was stored"));
    }

    static ProblemException invalidLines(List<Problem.FieldError> errors) {
        return ProblemException.invalid(
                errors.size() + " passenger field(s) are invalid; nothing was stored", errors);
    }

    static ProblemException revisionNotFound(UUID flightId, String number) {
        return ProblemException.notFound("Manifest revision", number + " of flight " + flightId);
    }
}
