package org.evac.infrastructure.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Failures as they may be logged: the exception classes of the cause chain (with the SQLSTATE of a
 * database error) and where they were thrown, never their messages. Messages carry data: a
 * PostgreSQL key violation quotes the key ("Key (channel, address)=(SMS, +93…)"), a parser quotes
 * its input, and personal data must not reach the logs.
 */
public final class Redacted {

    private Redacted() {}

    /** One line: each exception class of the chain, outermost first, e.g. for a warning. */
    public static String describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 10; t = t.getCause()) {
            chain.add(name(t));
            if (t.getCause() == t) {
                break;
            }
        }
        return String.join(" ← ", chain);
    }

    /**
     * The same chain with its stack traces and without messages, for a log call that prints a stack
     * trace.
     */
    public static Throwable of(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable cause = failure.getCause() == failure ? null : of(failure.getCause());
        Throwable copy = new Failure(name(failure), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static String name(Throwable t) {
        if (t instanceof Failure) {
            return t.getMessage();
        }
        String name = t.getClass().getName();
        return t instanceof SQLException sql && sql.getSQLState() != null
                ? name + " (SQLSTATE " + sql.getSQLState() + ")"
                : name;
    }

    /** A stand-in that names the original exception's class. */
    private static final class Failure extends RuntimeException {
        Failure(String name, Throwable cause) {
            super(name, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
