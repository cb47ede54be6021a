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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
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
    @Operation(
            operationId = "createHousehold",
            summary = "Create a household",
            description = "Its head and members; a person is in one household at most")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Create.class),
                            examples = @ExampleObject(name = "request", value = Examples.CREATE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new household",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = View.class),
                            examples = @ExampleObject(name = "201", value = Examples.HOUSEHOLD)))
    @APIResponse(
            responseCode = "400",
            description = "A member listed twice or as HEAD",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "The head or a member is not a registered person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.PERSON_NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "A member is in another household",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public Response create(@Valid @NotNull Create request, @Context UriInfo uri) {
        View created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getHousehold",
            summary = "Read a household with its members",
            description =
                    "The household, its head and every member with their relationship to the head")
    @APIResponse(
            responseCode = "200",
            description = "The household with its members",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = View.class),
                            examples = @ExampleObject(name = "200", value = Examples.HOUSEHOLD)))
    public View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addHouseholdMember",
            summary = "Add a member",
            description =
                    "Adds a registered person who is in no household yet, with their relationship to the head")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberInput.class),
                            examples = @ExampleObject(name = "request", value = Examples.MEMBER)))
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = View.class),
                            examples = @ExampleObject(name = "200", value = Examples.HOUSEHOLD)))
    @APIResponse(
            responseCode = "400",
            description = "HEAD given as relationship",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "No such household or person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "404", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "In another household already",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public View addMember(@PathParam("id") UUID id, @Valid @NotNull MemberInput member) {
        return service.addMember(id, member);
    }

    @DELETE
    @Path("{id}/members/{personId}")
    @Operation(
            operationId = "removeHouseholdMember",
            summary = "Remove a member",
            description = "Not the head: change the head first")
    @APIResponse(
            responseCode = "200",
            description = "Removed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = View.class),
                            examples = @ExampleObject(name = "200", value = Examples.HOUSEHOLD)))
    @APIResponse(
            responseCode = "404",
            description = "No such household, or the person is not a member",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.MEMBER_NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "The head cannot leave",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public View removeMember(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return service.removeMember(id, personId);
    }

    @PUT
    @Path("{id}/head")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeHouseholdHead",
            summary = "Make another member the head",
            description =
                    "The new head must be a member; the previous head stays a member with the relationship given")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeHead.class),
                            examples =
                                    @ExampleObject(name = "request", value = Examples.CHANGE_HEAD)))
    @APIResponse(
            responseCode = "200",
            description = "Head changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = View.class),
                            examples = @ExampleObject(name = "200", value = Examples.HOUSEHOLD)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "The new head is not a member",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.MEMBER_NOT_FOUND)))
    public View changeHead(@PathParam("id") UUID id, @Valid @NotNull ChangeHead request) {
        return service.changeHead(id, request);
    }
}
