package org.evac.coordination.dashboard;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
            operationId = "getCoordinationStatistics",
            summary =
                    "Funnel, departures per day, upcoming flight loads, provinces and waiting times. Roles: viewer, coordinator, admin",
            description =
                    "The dashboard's figures, counts only (no names, no person ids), computed now.")
    @APIResponse(
            responseCode = "200",
            description = "Current figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Statistics.class),
                            examples =
                                    @ExampleObject(name = "figures", value = Examples.STATISTICS)))
    public Statistics current() {
        return statistics.current();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "streamCoordinationStatistics",
            summary =
                    "The same figures as server-sent events, pushed on every change. Roles: viewer, coordinator, admin",
            description =
                    "Server-sent events whose data is a Statistics document (JSON): the current figures,"
                            + " then new figures within a second of every change, and the figures again every"
                            + " 15 s on an idle stream. The response never ends, so generated clients leave it"
                            + " out (x-evac-streaming). Send the bearer token in the Authorization header"
                            + " (fetch streaming; see README).",
            extensions = @Extension(name = "x-evac-streaming", value = "true"))
    @APIResponse(
            responseCode = "200",
            description = "Event stream; each event's data is a Statistics document",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "stream", value = Examples.STREAM)))
    public Multi<Statistics> stream() {
        return broadcaster.stream();
    }
}
