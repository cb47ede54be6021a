package org.evac.infrastructure.problem;

/**
 * The problem types (slugs under {@link Problem#TYPE_BASE}) that the shared layer answers with:
 * clients switch on them, so they never change meaning.
 */
public final class ProblemTypes {

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_BODY = "malformed-body";
    public static final String INVALID_PARAMETER = "invalid-parameter";
    public static final String INVALID_ENCODING = "invalid-encoding";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String STALE_VERSION = "stale-version";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String URI_TOO_LONG = "uri-too-long";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String HEADERS_TOO_LARGE = "headers-too-large";
    public static final String INTERNAL = "internal";
    public static final String IDEMPOTENCY_IN_PROGRESS = "idempotency-key-in-use";
    public static final String IDEMPOTENCY_MISMATCH = "idempotency-key-reused";

    private ProblemTypes() {}
}
