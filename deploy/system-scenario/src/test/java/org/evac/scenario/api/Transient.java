package org.evac.scenario.api;

/**
 * Which answers of a generated client mean "try again": no answer at all (the instance is down or
 * restarting), a 5xx (its database is restarting: the idempotency filter rolls the whole request
 * back, so nothing happened), and a 409 for a retry that met the first attempt still running.
 */
public final class Transient {

    private Transient() {}

    public static boolean is(Throwable e) {
        int status = status(e);
        return status == 0 && isIo(e)
                || status >= 500
                || status == 409 && body(e).contains("idempotency-key-in-use");
    }

    /** The HTTP status of a failed call through any of the three clients; 0 for none. */
    public static int status(Throwable e) {
        if (e instanceof ServiceFailure failure) {
            return status(failure.getCause());
        }
        if (e instanceof org.evac.client.registry.ApiException r) {
            return r.getCode();
        }
        if (e instanceof org.evac.client.coordination.ApiException c) {
            return c.getCode();
        }
        if (e instanceof org.evac.client.manifest.ApiException m) {
            return m.getCode();
        }
        return 0;
    }

    /** The response body of a failed call, or "". */
    public static String body(Throwable e) {
        if (e instanceof ServiceFailure failure) {
            return body(failure.getCause());
        }
        String body = null;
        if (e instanceof org.evac.client.registry.ApiException r) {
            body = r.getResponseBody();
        } else if (e instanceof org.evac.client.coordination.ApiException c) {
            body = c.getResponseBody();
        } else if (e instanceof org.evac.client.manifest.ApiException m) {
            body = m.getResponseBody();
        }
        return body == null ? "" : body;
    }

    private static boolean isIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // An answer the client could not parse is an answer, not a lost connection.
            if (cause instanceof com.fasterxml.jackson.core.JacksonException) {
                return false;
            }
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
