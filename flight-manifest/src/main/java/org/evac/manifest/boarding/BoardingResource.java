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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    private final BoardingService service;

    public BoardingResource(BoardingService service) {
        this.service = service;
    }

    @POST
    @Path("boardings")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Operation(
            summary =
                    "Record a passenger of the latest revision boarded, by line number or document")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
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
            description = "Neither coordinator nor operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such flight, or another operator's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
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
            summary =
                    "Record a passenger of the latest revision as a no-show, by line number or document")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
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
            description = "Neither coordinator nor operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such flight, or another operator's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
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
    @Operation(summary = "List the boarding records of a flight by line number")
    @APIResponse(
            responseCode = "200",
            description = "Boarding records",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "boardings", value = Examples.BOARDINGS)))
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
            description = "Neither coordinator nor operator",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such flight, or another operator's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public List<BoardingResponse> boardings(@PathParam("flightId") UUID flightId) {
        return service.list(flightId);
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            summary = "Counts manifested vs boarded vs departed vs arrived (viewer: counts only)")
    @APIResponse(
            responseCode = "200",
            description = "Totals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "totals", value = Examples.TOTALS)))
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
            description = "Wrong role",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such flight, or another operator's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public FlightTotals totals(@PathParam("flightId") UUID flightId) {
        return service.totals(flightId);
    }
}
