package org.evac.infrastructure.openapi;

import java.util.Map;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemTypes;

/**
 * A problem response every service can send, declared once under {@code components.responses} and
 * referenced from each operation it applies to: which operations that is follows from what the
 * shared mappers and guards really do (a request body can be too large, a path parameter can name
 * nothing, a secured operation can be refused).
 */
enum SharedResponse {
    BAD_REQUEST(
            "400",
            "BadRequest",
            "A parameter that does not convert, a malformed URI or body, or invalid field values",
            ProblemTypes.INVALID_PARAMETER,
            "Invalid parameter",
            "Query parameter 'size' must be an integer",
            (path, operation) -> true),
    UNAUTHORIZED(
            "401",
            "Unauthorized",
            "No bearer token, or one that is forged, expired or from another issuer",
            ProblemTypes.UNAUTHENTICATED,
            "Authentication required",
            "A valid bearer token is required",
            SharedResponse::secured),
    FORBIDDEN(
            "403",
            "Forbidden",
            "The token's roles do not include one this operation allows",
            ProblemTypes.FORBIDDEN,
            "Forbidden",
            "Your role does not allow this operation",
            SharedResponse::secured),
    NOT_FOUND(
            "404",
            "NotFound",
            "The record a path parameter names does not exist",
            ProblemTypes.NOT_FOUND,
            "Not found",
            "Person 0190a8e2-7c1d-7b5e-9f0a-3c2d1e4f5a6b does not exist",
            (path, operation) -> path.contains("{")),
    NOT_ACCEPTABLE(
            "406",
            "NotAcceptable",
            "The Accept header allows none of the media types this operation answers with",
            ProblemTypes.NOT_ACCEPTABLE,
            "Not Acceptable",
            "None of the acceptable media types can be produced",
            (path, operation) -> true),
    PAYLOAD_TOO_LARGE(
            "413",
            "PayloadTooLarge",
            "The request body is larger than this service accepts",
            ProblemTypes.PAYLOAD_TOO_LARGE,
            "Request body too large",
            "The request body exceeds 1048576 bytes",
            SharedResponse::hasBody),
    URI_TOO_LONG(
            "414",
            "UriTooLong",
            "The request line is longer than this service accepts",
            ProblemTypes.URI_TOO_LONG,
            "URI too long",
            "The request URI exceeds 8192 characters",
            (path, operation) -> true),
    UNSUPPORTED_MEDIA_TYPE(
            "415",
            "UnsupportedMediaType",
            "The Content-Type is not one this operation reads",
            ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type",
            "Content-Type text/plain is not supported here",
            SharedResponse::hasBody),
    HEADERS_TOO_LARGE(
            "431",
            "HeadersTooLarge",
            "The request headers are larger than this service accepts",
            ProblemTypes.HEADERS_TOO_LARGE,
            "Request headers too large",
            "The request headers exceed 16384 bytes",
            (path, operation) -> true),
    INTERNAL_ERROR(
            "500",
            "InternalError",
            "An unexpected failure; the body carries an error id to quote, never internals",
            ProblemTypes.INTERNAL,
            "Internal error",
            "The request failed; quote error id 3f1c2b9e-8d7a-4c65-b0e1-2a9f8c7d6e5b when reporting"
                    + " it",
            (path, operation) -> true),
    IDEMPOTENCY_IN_PROGRESS(
            "409",
            "IdempotencyKeyInUse",
            "A request with the same Idempotency-Key is still being processed; retry later",
            ProblemTypes.IDEMPOTENCY_IN_PROGRESS,
            "Request in progress",
            "A request with this Idempotency-Key is still being processed",
            (path, operation) -> false),
    IDEMPOTENCY_MISMATCH(
            "422",
            "IdempotencyKeyReused",
            "The Idempotency-Key was already used for a different request",
            ProblemTypes.IDEMPOTENCY_MISMATCH,
            "Idempotency-Key reused",
            "This Idempotency-Key was used for a request with a different body",
            (path, operation) -> false);

    final String status;
    final String component;
    final String description;
    private final String slug;
    private final String title;
    private final String detail;
    private final BiPredicate<String, Operation> appliesTo;

    SharedResponse(
            String status,
            String component,
            String description,
            String slug,
            String title,
            String detail,
            BiPredicate<String, Operation> appliesTo) {
        this.status = status;
        this.component = component;
        this.description = description;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.appliesTo = appliesTo;
    }

    boolean appliesTo(String path, Operation operation) {
        return appliesTo.test(path, operation);
    }

    String ref() {
        return "#/components/responses/" + component;
    }

    APIResponse definition() {
        Map<String, Object> example =
                Map.of(
                        "type",
                        Problem.TYPE_BASE + slug,
                        "title",
                        title,
                        "status",
                        Integer.parseInt(status),
                        "detail",
                        detail);
        return OASFactory.createAPIResponse()
                .description(description)
                .content(
                        OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(ProblemSchemas.ref(ProblemSchemas.PROBLEM))
                                                .addExample(
                                                        component,
                                                        OASFactory.createExample()
                                                                .value(example))));
    }

    APIResponse reference() {
        return OASFactory.createAPIResponse().ref(ref());
    }

    private static boolean secured(String path, Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static boolean hasBody(String path, Operation operation) {
        return operation.getRequestBody() != null;
    }
}
