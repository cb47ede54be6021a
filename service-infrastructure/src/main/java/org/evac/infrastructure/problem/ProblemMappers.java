package org.evac.infrastructure.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}; a 500 carries an error id, never a
 * stack trace.
 */
public class ProblemMappers {

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
                                "validation",
                                "Invalid request",
                                errors.size() + " field(s) are invalid")
                        .withErrors(errors),
                uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        Problem problem =
                Problem.of(400, "malformed-body", "Malformed request body", e.getOriginalMessage());
        if (!field.isEmpty()) {
            problem =
                    problem.withErrors(
                            List.of(new Problem.FieldError(field, e.getOriginalMessage())));
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(
                        respond(
                                Problem.of(
                                        401,
                                        "unauthenticated",
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
                        403, "forbidden", "Forbidden", "Your role does not allow this operation"),
                uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(
                Problem.of(
                        409,
                        "stale-version",
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
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(Problem.of(status, slug, title, e.getMessage()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s", errorId);
        return respond(
                Problem.of(
                                500,
                                "internal",
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

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
