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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(
            operationId = "registerOperator",
            summary = "Register a charter operator",
            description =
                    "Reference data managed by admins: the code operator tokens carry in their"
                            + " 'operator' claim, an IATA and/or ICAO designator, a name and a"
                            + " contact.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "operator",
                                            value = Examples.OPERATOR_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new operator: /api/v1/operators/{code}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorResponse.class),
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
    @Operation(
            operationId = "listOperators",
            summary = "List charter operators",
            description = "Every registered operator, ordered by code.")
    @APIResponse(
            responseCode = "200",
            description = "Operators by code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = OperatorResponse.class),
                            examples =
                                    @ExampleObject(name = "operators", value = Examples.OPERATORS)))
    public List<OperatorResponse> list() {
        return service.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "getOperator",
            summary = "Read a charter operator",
            description = "The operator with its designators and contact.")
    @APIResponse(
            responseCode = "200",
            description = "The operator",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorResponse.class),
                            examples =
                                    @ExampleObject(name = "operator", value = Examples.OPERATOR)))
    public OperatorResponse get(@PathParam("code") String code) {
        return service.get(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateOperator",
            summary = "Replace a charter operator's details",
            description =
                    "Replaces name, designators and contact; the code in the body must be the one"
                            + " in the path.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "operator",
                                            value = Examples.OPERATOR_REQUEST)))
    @APIResponse(responseCode = "204", description = "Updated")
    @APIResponse(
            responseCode = "400",
            description = "Invalid operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    public void update(@PathParam("code") String code, @Valid @NotNull OperatorRequest request) {
        service.update(code, request);
    }
}
