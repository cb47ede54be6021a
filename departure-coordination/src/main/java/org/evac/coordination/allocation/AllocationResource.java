package org.evac.coordination.allocation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
            summary =
                    "Dry run: the plan for one flight or all upcoming flights, with every household's flight and reason; changes nothing. Roles: coordinator, admin")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(name = "one flight", value = Examples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
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
    public PlanResponse plan(AllocationRequest request) {
        return allocations.plan(request == null ? null : request.flightId());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary =
                    "Allocate and commit: assigns and releases seats, publishing SeatAssigned/SeatReleased; a re-run moves only what must move. Role: coordinator")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(name = "one flight", value = Examples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The applied plan",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
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
    public PlanResponse apply(AllocationRequest request) {
        return allocations.apply(
                request == null ? null : request.flightId(), identity.getPrincipal().getName());
    }
}
