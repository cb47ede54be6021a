package org.evac.infrastructure.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure of the database (gone, restarting, out of connections, a deadlock) from a failure
 * of the event or its handler. Only the second kind may send a record to the dead-letter topic: a
 * PostgreSQL restart must pause consumption, not empty the topics into their dead-letter queues.
 */
final class InfrastructureFailures {

    /** SQLSTATE classes and codes that say nothing about the event being applied. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");

    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "55P03");

    private InfrastructureFailures() {}

    /**
     * Rethrows an {@link Error} (out of memory, a stack overflow, a class that will not load)
     * hidden in {@code failure}: it says nothing about the event, so it must not send the event to
     * the dead-letter topic. It ends the consumer's thread; the supervisor starts a new one, which
     * reads the event again.
     */
    static void rethrowError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause.getCause() == cause) {
                return;
            }
        }
    }

    static boolean isInfrastructure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's pool answers an exhausted or unreachable database without a SQLSTATE.
            String message = sql.getMessage();
            return message != null && message.contains("acquisition timeout");
        }
        return TRANSIENT_CODES.contains(state)
                || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
