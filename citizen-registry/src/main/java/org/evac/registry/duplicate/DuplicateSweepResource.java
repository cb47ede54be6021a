package org.evac.registry.duplicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/duplicate-sweeps")
@Tag(name = "Duplicates", description = "Likely duplicates across sources, and merging them")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateSweepResource {

    private final DuplicateSweep sweep;

    public DuplicateSweepResource(DuplicateSweep sweep) {
        this.sweep = sweep;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "sweepDuplicates",
            summary = "Sweep the registry for duplicates now",
            description =
                    "Checks the persons changed since changedSince (by default, since the periodic"
                            + " sweep's last pass, which then moves on) and queues their possible and"
                            + " likely pairs for review; answers when done")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDecisions.Sweep.class),
                            examples = @ExampleObject(name = "request", value = Examples.SWEEP)))
    @APIResponse(
            responseCode = "200",
            description = "What the sweep checked and queued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDecisions.SweepResult.class),
                            examples = @ExampleObject(name = "200", value = Examples.SWEEP_RESULT)))
    @APIResponse(
            responseCode = "400",
            description = "No body, or a malformed changedSince",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public ReviewDecisions.SweepResult sweep(@Valid @NotNull ReviewDecisions.Sweep request) {
        return sweep.sweep(request.since());
    }
}
