package org.evac.coordination.allocation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/allocations")
@Tag(
        name = "Seat allocation",
        description = "Accepted households onto the seats flights reserve for evacuees")
public class AllocationResource {

    private final AllocationService allocations;
    private final SecurityIdentity identity;

    public AllocationResource(AllocationService allocations, SecurityIdentity identity) {
        this.allocations = allocations;
        this.identity = identity;
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "planAllocation",
            summary =
                    "Dry run: the seat plan for one flight or all upcoming flights; changes nothing. Roles: coordinator, admin",
            description =
                    "Plans accepted households onto the seats flights reserve, by priority, without"
                            + " splitting a household unless a coordinator allowed it, and explains every"
                            + " household's flight or why it waits. The body is required: {} plans all upcoming"
                            + " flights.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "one flight", value = Examples.REQUEST),
                                @ExampleObject(name = "all upcoming flights", value = "{}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "400",
            description = "No body",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "no body", value = Examples.NO_BODY)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Flight no longer takes seat assignments",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not open", value = Examples.NOT_OPEN)))
    public PlanResponse plan(@Valid @NotNull AllocationRequest request) {
        return allocations.plan(request.flightId());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "applyAllocation",
            summary =
                    "Allocate and commit seats for one flight or all upcoming flights. Role: coordinator",
            description =
                    "Computes the plan as the dry run does and applies it in one transaction: releases and"
                            + " assigns seats and publishes SeatReleased / SeatAssigned per household and"
                            + " flight. A re-run moves only what must move. The body is required: {} allocates"
                            + " all upcoming flights.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "one flight", value = Examples.REQUEST),
                                @ExampleObject(name = "all upcoming flights", value = "{}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The applied plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "400",
            description = "No body",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "no body", value = Examples.NO_BODY)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Flight no longer takes seat assignments",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not open", value = Examples.NOT_OPEN)))
    public PlanResponse apply(@Valid @NotNull AllocationRequest request) {
        return allocations.apply(request.flightId(), identity.getPrincipal().getName());
    }
}
