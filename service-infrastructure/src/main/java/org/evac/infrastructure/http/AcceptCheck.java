package org.evac.infrastructure.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemMappers;
import org.evac.infrastructure.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 406 before the body is read or anything runs when the client accepts none of the media
 * types the operation produces: the REST layer would otherwise validate the body first (400) or run
 * the operation and answer in a type the client refused.
 */
public class AcceptCheck {

    @ServerRequestFilter
    public jakarta.ws.rs.core.Response check(
            ContainerRequestContext request, ResourceInfo resource) {
        List<MediaType> produced = produced(resource);
        if (produced.isEmpty() || resource.getResourceMethod().getReturnType() == void.class) {
            return null;
        }
        for (MediaType acceptable : request.getAcceptableMediaTypes()) {
            for (MediaType type : produced) {
                if (acceptable.isCompatible(type)) {
                    return null;
                }
            }
        }
        return ProblemMappers.respond(
                Problem.of(
                        406,
                        ProblemTypes.NOT_ACCEPTABLE,
                        "Not Acceptable",
                        "This operation answers with "
                                + produced
                                + "; the Accept header allows none"),
                request.getUriInfo());
    }

    private static List<MediaType> produced(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return List.of();
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            // Without @Produces the REST layer answers JSON (Quarkus's default for objects).
            return List.of(MediaType.APPLICATION_JSON_TYPE);
        }
        return Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .map(MediaType::valueOf)
                .toList();
    }
}
