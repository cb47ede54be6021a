package org.evac.infrastructure.idempotency;

/** The {@code Idempotency-Key} request header as this project accepts it. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** Set on a response that replays the stored response of an earlier request. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public static final int MAX_LENGTH = 255;

    /** Printable ASCII without spaces: UUIDs, ULIDs and random tokens all fit. */
    public static final String PATTERN = "^[!-~]{1," + MAX_LENGTH + "}$";

    public static final String RETENTION_DESCRIPTION =
            "24 h by default (evac.idempotency.retention)";

    private IdempotencyKeys() {}

    static boolean valid(String key) {
        return key.matches(PATTERN);
    }
}
