package org.evac.infrastructure.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.logging.Redacted;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}; a 500 carries an error id, never a
 * stack trace.
 */
public class ProblemMappers {

    private static final Map<Integer, String> SLUGS =
            Map.of(
                    400, ProblemTypes.VALIDATION,
                    404, ProblemTypes.NOT_FOUND,
                    405, ProblemTypes.METHOD_NOT_ALLOWED,
                    406, ProblemTypes.NOT_ACCEPTABLE,
                    413, ProblemTypes.PAYLOAD_TOO_LARGE,
                    415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE);

    /** The REST layer's own messages name Java classes; these say what the client can change. */
    private static final Map<Integer, String> DETAILS =
            Map.of(
                    404, "No resource exists at this path",
                    405, "This path does not support the request method",
                    406, "None of the media types in Accept can be produced here",
                    413, "The request body is too large",
                    415, "The request's Content-Type is not one this operation reads");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .collect(Collectors.toList());
        return respond(
                Problem.of(
                                400,
                                ProblemTypes.VALIDATION,
                                "Invalid request",
                                errors.size() + " field(s) are invalid")
                        .withErrors(errors),
                uri);
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        StreamConstraintsException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        ValueInstantiationException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        // A guard of the body stream (size, encoding) fails inside Jackson, which wraps it.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException guard) {
                return respond(guard.problem(), uri);
            }
        }
        return respond(JsonProblems.of(e), uri);
    }

    /**
     * The REST layer reports a path or query parameter that does not convert as 404 (a header as
     * 400), with the conversion failure as the cause; a real "not found" has none.
     */
    @ServerExceptionMapper({NotFoundException.class, BadRequestException.class})
    public Response unconvertible(
            WebApplicationException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        Throwable cause = e.getCause();
        if (cause == null || cause instanceof WebApplicationException) {
            return web(e, uri);
        }
        if (cause instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        if (cause instanceof ProblemException guard) {
            return respond(guard.problem(), uri);
        }
        return respond(ParameterProblems.of(resource, uri, headers), uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(
                        respond(
                                Problem.of(
                                        401,
                                        ProblemTypes.UNAUTHENTICATED,
                                        "Authentication required",
                                        "A valid bearer token is required"),
                                uri))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                Problem.of(
                        403,
                        ProblemTypes.FORBIDDEN,
                        "Forbidden",
                        "Your role does not allow this operation"),
                uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(
                Problem.of(
                        409,
                        ProblemTypes.STALE_VERSION,
                        "Concurrent modification",
                        "The record was changed by someone else; read it again and retry"),
                uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String slug = SLUGS.getOrDefault(status, title.toLowerCase().replace(' ', '-'));
        return respond(Problem.of(status, slug, title, DETAILS.getOrDefault(status, title)), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(Redacted.of(e), "Unexpected error %s", errorId);
        return respond(
                Problem.of(
                                500,
                                ProblemTypes.INTERNAL,
                                "Internal error",
                                "The request failed; quote error id "
                                        + errorId
                                        + " when reporting it")
                        .with("errorId", errorId),
                uri);
    }

    public static Response respond(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getPath());
        return Response.status(located.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Drop the method and parameter nodes of a resource-method violation
        // (create.request.familyName).
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
