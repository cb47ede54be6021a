package org.evac.manifest.boarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/flights/{flightId}")
@Tag(
        name = "Boarding",
        description =
                "Boarding and no-shows of the latest manifest revision, and totals "
                        + "manifested vs boarded vs arrived; departure and arrival are flight status changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardingResource {

    private static final String OWN_FLIGHTS =
            " Operators reach their own operator's flights only; another operator's flight answers"
                    + " 404 like an unknown one.";

    private final BoardingService service;

    public BoardingResource(BoardingService service) {
        this.service = service;
    }

    @POST
    @Path("boardings")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "recordBoarding",
            summary = "Record a passenger boarded",
            description =
                    "Names a passenger of the latest manifest revision by line number or by travel"
                            + " document; only while the flight is BOARDING, once per passenger (a"
                            + " no-show may still board)."
                            + OWN_FLIGHTS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BoardingRequest.class),
                            examples = {
                                @ExampleObject(name = "by-line", value = Examples.BY_LINE),
                                @ExampleObject(name = "by-document", value = Examples.BY_DOCUMENT)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Boarded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BoardingResponse.class),
                            examples =
                                    @ExampleObject(name = "boarding", value = Examples.BOARDING)))
    @APIResponse(
            responseCode = "400",
            description = "Neither a line nor a document given",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not on the latest revision, already boarded, or flight not " + "BOARDING",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "not-on-manifest",
                                            value = Examples.NOT_ON_MANIFEST)))
    public Response board(
            @PathParam("flightId") UUID flightId, @Valid @NotNull BoardingRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.board(flightId, request))
                .build();
    }

    @POST
    @Path("no-shows")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "recordNoShow",
            summary = "Record a passenger as a no-show",
            description =
                    "Names a passenger of the latest manifest revision by line number or by travel"
                            + " document who did not show at the gate; only while the flight is"
                            + " BOARDING. The passenger may still board later."
                            + OWN_FLIGHTS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BoardingRequest.class),
                            examples = {
                                @ExampleObject(name = "by-line", value = Examples.BY_LINE),
                                @ExampleObject(name = "by-document", value = Examples.BY_DOCUMENT)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BoardingResponse.class),
                            examples =
                                    @ExampleObject(name = "boarding", value = Examples.BOARDING)))
    @APIResponse(
            responseCode = "400",
            description = "Neither a line nor a document given",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not on the latest revision, already recorded, or flight not " + "BOARDING",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "not-on-manifest",
                                            value = Examples.NOT_ON_MANIFEST)))
    public Response noShow(
            @PathParam("flightId") UUID flightId, @Valid @NotNull BoardingRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.noShow(flightId, request))
                .build();
    }

    @GET
    @Path("boardings")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            operationId = "listBoardings",
            summary = "List a flight's boarding records",
            description =
                    "Every boarding record (BOARDED, NO_SHOW, DEPARTED, ARRIVED) of the flight by"
                            + " line number."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "Boarding records by line number",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = BoardingResponse.class),
                            examples =
                                    @ExampleObject(name = "boardings", value = Examples.BOARDINGS)))
    public List<BoardingResponse> boardings(@PathParam("flightId") UUID flightId) {
        return service.list(flightId);
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            operationId = "getFlightTotals",
            summary = "Count a flight's passengers",
            description =
                    "Passengers on the latest revision, and how many boarded, did not show,"
                            + " departed and arrived: counts only, never names, so viewers may read"
                            + " them too."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "Totals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightTotals.class),
                            examples = @ExampleObject(name = "totals", value = Examples.TOTALS)))
    public FlightTotals totals(@PathParam("flightId") UUID flightId) {
        return service.totals(flightId);
    }
}
