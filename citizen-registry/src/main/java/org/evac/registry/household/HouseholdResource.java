package org.evac.registry.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.household.HouseholdRequests.ChangeHead;
import org.evac.registry.household.HouseholdRequests.Create;
import org.evac.registry.household.HouseholdRequests.MemberInput;
import org.evac.registry.household.HouseholdRequests.View;

@Path("/api/v1/households")
@Tag(name = "Households", description = "The people who travel together")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdResource {

    private final HouseholdService service;

    public HouseholdResource(HouseholdService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a household", description = "Its head and members; a person is in one household at most")
    public Response create(@Valid @NotNull Create request, @Context UriInfo uri) {
        View created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a household with its members")
    public View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member")
    public View addMember(@PathParam("id") UUID id, @Valid @NotNull MemberInput member) {
        return service.addMember(id, member);
    }

    @DELETE
    @Path("{id}/members/{personId}")
    @Operation(summary = "Remove a member", description = "Not the head: change the head first")
    public View removeMember(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return service.removeMember(id, personId);
    }

    @PUT
    @Path("{id}/head")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make another member the head")
    public View changeHead(@PathParam("id") UUID id, @Valid @NotNull ChangeHead request) {
        return service.changeHead(id, request);
    }
}
