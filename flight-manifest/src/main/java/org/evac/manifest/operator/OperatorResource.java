package org.evac.manifest.operator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/operators")
@Tag(name = "Operators", description = "Charter operators (reference data managed by admins)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorResource {

    private final OperatorService service;

    public OperatorResource(OperatorService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a charter operator (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "operator", value = Examples.OPERATOR)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthenticated",
                                            value = Examples.UNAUTHENTICATED)))
    @APIResponse(
            responseCode = "403",
            description = "Not an admin",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "409",
            description = "Code already registered",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "exists", value = Examples.EXISTS)))
    public Response create(@Valid @NotNull OperatorRequest request, @Context UriInfo uri) {
        OperatorResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "List charter operators by code (admin, coordinator)")
    @APIResponse(
            responseCode = "200",
            description = "Operators",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "operators", value = Examples.OPERATORS)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthenticated",
                                            value = Examples.UNAUTHENTICATED)))
    @APIResponse(
            responseCode = "403",
            description = "Neither admin nor coordinator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public List<OperatorResponse> list() {
        return service.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Read one charter operator (admin, coordinator)")
    @APIResponse(
            responseCode = "200",
            description = "The operator",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "operator", value = Examples.OPERATOR)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthenticated",
                                            value = Examples.UNAUTHENTICATED)))
    @APIResponse(
            responseCode = "403",
            description = "Neither admin nor coordinator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown code",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public OperatorResponse get(@PathParam("code") String code) {
        return service.get(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a charter operator's name, designators and contact (admin)")
    @APIResponse(responseCode = "204", description = "Updated")
    @APIResponse(
            responseCode = "400",
            description = "Invalid operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unauthenticated",
                                            value = Examples.UNAUTHENTICATED)))
    @APIResponse(
            responseCode = "403",
            description = "Not an admin",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown code",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public void update(@PathParam("code") String code, @Valid @NotNull OperatorRequest request) {
        service.update(code, request);
    }
}
