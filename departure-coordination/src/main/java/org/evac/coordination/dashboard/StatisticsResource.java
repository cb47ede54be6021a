package org.evac.coordination.dashboard;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts for dashboards; never names or person ids")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final StatisticsBroadcaster broadcaster;

    public StatisticsResource(StatisticsService statistics, StatisticsBroadcaster broadcaster) {
        this.statistics = statistics;
        this.broadcaster = broadcaster;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            summary =
                    "Funnel, departures per day, upcoming flight loads, provinces and waiting times. Roles: viewer, coordinator, admin")
    @APIResponse(
            responseCode = "200",
            description = "Current figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "figures", value = Examples.STATISTICS)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthorized",
                                            value = Examples.UNAUTHORIZED)))
    public Statistics current() {
        return statistics.current();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            summary =
                    "Server-sent events: the current figures, then new figures within a second of every change, and a keep-alive every 15 s. Send the bearer token in the Authorization header (fetch streaming; see README). Roles: viewer, coordinator, admin")
    @APIResponse(
            responseCode = "200",
            description = "Event stream of Statistics documents",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            examples = @ExampleObject(name = "stream", value = Examples.STREAM)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthorized",
                                            value = Examples.UNAUTHORIZED)))
    public Multi<Statistics> stream() {
        return broadcaster.stream();
    }
}
