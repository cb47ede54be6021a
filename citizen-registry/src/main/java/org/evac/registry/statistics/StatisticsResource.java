package org.evac.registry.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts for dashboards; never names")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService service;

    public StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "getRegistryStatistics",
            summary = "Registry counts",
            description =
                    "Live (not merged) records by category, verification, "
                            + "departure wish, province, status and data-quality flag; ACTIVE persons reached or not in the last 72 h")
    @APIResponse(
            responseCode = "200",
            description = "Counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Statistics.class),
                            examples = @ExampleObject(name = "200", value = Examples.STATISTICS)))
    public Statistics get() {
        return service.compute();
    }
}
