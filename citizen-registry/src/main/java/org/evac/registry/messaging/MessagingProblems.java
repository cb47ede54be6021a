package org.evac.registry.messaging;

import java.util.UUID;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

/** The problems the messaging operations answer with, beyond the generic ones. */
public final class MessagingProblems {

    private MessagingProblems() {}

    public static ProblemException messageNotFound(UUID id) {
        return ProblemException.notFound("Message", id);
    }

    public static ProblemException inboxMessageNotFound(UUID id) {
        return ProblemException.notFound("Inbox message", id);
    }

    public static ProblemException alreadyResolved(UUID id, String resolvedBy) {
        return new ProblemException(
                Problem.of(
                                409,
                                "inbox-message-resolved",
                                "Inbox message resolved",
                                "Inbox message " + id + " was resolved already")
                        .with("resolvedBy", resolvedBy));
    }

    public static ProblemException noAnswerAddress(UUID id) {
        return ProblemException.conflict(
                "no-answer-address",
                "Cannot answer",
                "Inbox message " + id + " came from a number that belongs to no registered person");
    }

    public static ProblemException optedOut(UUID id) {
        return ProblemException.conflict(
                "opted-out",
                "Opted out",
                "The number of inbox message " + id + " asked for no more messages (STOP)");
    }
}
