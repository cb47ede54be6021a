package org.evac.manifest.flight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/flights")
@Tag(
        name = "Flights",
        description = "Charter flights; operators see and change only their own operator's flights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlightResource {

    private static final String OWN_FLIGHTS =
            " Operators reach their own operator's flights only; another operator's flight answers"
                    + " 404 like an unknown one.";

    private final FlightService service;

    public FlightResource(FlightService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "scheduleFlight",
            summary = "Schedule a flight",
            description =
                    "A charter flight of a registered operator, KBL/OAKB → DOH/OTHH unless another"
                            + " route is given (onward legs such as DOH → IAD are allowed); it starts"
                            + " SCHEDULED with revision 0. Coordinators schedule for any operator,"
                            + " operators for their own code only (403 otherwise).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "flight",
                                            value = Examples.FLIGHT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new flight: /api/v1/flights/{id}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightResponse.class),
                            examples = @ExampleObject(name = "flight", value = Examples.FLIGHT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid flight or unknown operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "The operator already has this flight number at this time",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "exists", value = Examples.EXISTS)))
    public Response schedule(@Valid @NotNull FlightRequest request, @Context UriInfo uri) {
        FlightResponse created = service.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            operationId = "listFlights",
            summary = "List flights",
            description =
                    "One page of flights ordered by scheduled departure, with the total;"
                            + " coordinators and viewers see every operator's flights, operators"
                            + " their own.")
    @APIResponse(
            responseCode = "200",
            description = "One page of flights",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public FlightPage list(
            @Parameter(description = "Only this operator's flights") @QueryParam("operator")
                    String operator,
            @Parameter(description = "Only flights in this status") @QueryParam("status")
                    FlightStatus status,
            @Parameter(description = "Page number, from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    int page,
            @Parameter(description = "Page size, 1 to 200")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(200)
                    int size) {
        return service.list(operator, status, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            operationId = "getFlight",
            summary = "Read a flight",
            description =
                    "The flight with its status, actual times and current manifest revision."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The flight",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightResponse.class),
                            examples = @ExampleObject(name = "flight", value = Examples.FLIGHT)))
    public FlightResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "updateFlight",
            summary = "Replace a flight's details",
            description =
                    "Replaces number, route, schedule, aircraft and seats of a flight that is still"
                            + " open (SCHEDULED, DELAYED or BOARDING); the operator cannot change."
                            + OWN_FLIGHTS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "flight",
                                            value = Examples.FLIGHT_REQUEST)))
    @APIResponse(responseCode = "204", description = "Updated")
    @APIResponse(
            responseCode = "400",
            description = "Invalid flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Flight departed, arrived or cancelled, or the number and time "
                            + "clash with another flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(name = "closed", value = Examples.CLOSED),
                                @ExampleObject(name = "exists", value = Examples.EXISTS)
                            }))
    public void update(@PathParam("id") UUID id, @Valid @NotNull FlightRequest request) {
        service.update(id, request);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "changeFlightStatus",
            summary = "Move a flight to its next status",
            description =
                    "SCHEDULED → BOARDING → DEPARTED → ARRIVED, with DELAYED and CANCELLED on the"
                            + " way; any other transition answers 409 naming the allowed ones."
                            + " DEPARTED departs every boarded passenger and locks the manifest,"
                            + " ARRIVED records them arrived."
                            + OWN_FLIGHTS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusChange.class),
                            examples =
                                    @ExampleObject(
                                            name = "departed",
                                            value = Examples.STATUS_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The flight in its new status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightResponse.class),
                            examples = @ExampleObject(name = "flight", value = Examples.FLIGHT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid change",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Transition not allowed from the current status",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "illegal",
                                            value = Examples.ILLEGAL_TRANSITION)))
    public FlightResponse changeStatus(
            @PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return service.changeStatus(id, change);
    }
}
