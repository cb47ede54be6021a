package org.evac.manifest.manifest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.manifest.csv.ManifestCsv;
import org.evac.manifest.paxlst.PaxlstParser;
import org.evac.manifest.paxlst.PaxlstRenderer;

@Path("/api/v1/flights/{flightId}/manifests")
@Tag(
        name = "Manifests",
        description =
                "Passenger manifests as numbered revisions, in JSON, CSV (UTF-8) and "
                        + "UN/EDIFACT PAXLST (D02B, D05B); coordinators see all, operators their own operator's flights")
@RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
public class ManifestResource {

    static final String CSV_UTF8 = ManifestCsv.MEDIA_TYPE + "; charset=UTF-8";
    static final String REVISION = "{revision: \\d+|latest}";

    private final ManifestService service;
    private final Clock clock;

    public ManifestResource(ManifestService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the manifest as JSON: stored as the next revision and checked")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "manifest",
                                            value = Examples.JSON_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid passenger lines; nothing stored",
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
            description = "Flight departed, arrived or cancelled: manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    @APIResponse(
            responseCode = "415",
            description = "Not JSON, CSV or PAXLST",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unsupported",
                                            value = Examples.UNSUPPORTED)))
    public Response submitJson(
            @PathParam("flightId") UUID flightId,
            @Valid @NotNull ManifestRequest request,
            @Context UriInfo uri) {
        List<String> locations =
                IntStream.range(0, request.passengers().size())
                        .mapToObj(i -> "passengers[" + i + "]")
                        .toList();
        return created(
                service.submit(
                        flightId,
                        new Submission(SourceFormat.JSON, request.passengers(), locations)),
                uri);
    }

    @POST
    @Consumes(ManifestCsv.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Submit the manifest as CSV (UTF-8, header row naming the columns; see the service README)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = ManifestCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed CSV or invalid lines, naming the line; nothing stored",
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
            description = "Manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    public Response submitCsv(
            @PathParam("flightId") UUID flightId, String body, @Context UriInfo uri) {
        return created(service.submit(flightId, ManifestCsv.parse(body)), uri);
    }

    @POST
    @Consumes(PaxlstRenderer.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Submit the manifest as a UN/EDIFACT PAXLST message (D02B or D05B, UNA separators honoured)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = PaxlstRenderer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "paxlst", value = Examples.PAXLST)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Malformed message or invalid passenger, naming the segment and "
                            + "line; nothing stored",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "malformed",
                                            value = Examples.MALFORMED_PAXLST)))
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
            description = "Manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    @APIResponse(
            responseCode = "422",
            description = "The message is for another flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "wrong-flight",
                                            value = Examples.WRONG_FLIGHT)))
    public Response submitPaxlst(
            @PathParam("flightId") UUID flightId, String body, @Context UriInfo uri) {
        return created(service.submit(flightId, PaxlstParser.parse(body)), uri);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "List the revisions of a flight's manifest, oldest first, with their check totals")
    @APIResponse(
            responseCode = "200",
            description = "Revisions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "revisions", value = Examples.REVISIONS)))
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
    public List<RevisionSummary> revisions(@PathParam("flightId") UUID flightId) {
        return service.revisions(flightId);
    }

    @GET
    @Path(REVISION)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read a revision (a number or 'latest') as JSON with per-line check results")
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "manifest", value = Examples.MANIFEST)))
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
            description = "No such flight or revision",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public ManifestView json(
            @PathParam("flightId") UUID flightId, @PathParam("revision") String revision) {
        return service.view(flightId, revision);
    }

    @GET
    @Path(REVISION)
    @Produces(CSV_UTF8)
    @Operation(summary = "Read a revision as CSV (UTF-8, documented header)")
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content =
                    @Content(
                            mediaType = ManifestCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.CSV)))
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
            description = "No such flight or revision",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public String csv(
            @PathParam("flightId") UUID flightId, @PathParam("revision") String revision) {
        return ManifestCsv.render(service.revision(flightId, revision).revision().lines);
    }

    @GET
    @Path(REVISION)
    @Produces(PaxlstRenderer.MEDIA_TYPE)
    @Operation(summary = "Read a revision as a UN/EDIFACT PAXLST message")
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content =
                    @Content(
                            mediaType = PaxlstRenderer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "paxlst", value = Examples.PAXLST)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown release",
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
            description = "No such flight or revision",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public String paxlst(
            @PathParam("flightId") UUID flightId,
            @PathParam("revision") String revision,
            @Parameter(description = "PAXLST release: D02B or D05B")
                    @QueryParam("release")
                    @DefaultValue("D02B")
                    @Pattern(regexp = "D02B|D05B", message = "D02B or D05B")
                    String release) {
        ManifestService.Revision found = service.revision(flightId, revision);
        return PaxlstRenderer.render(found.flight(), found.revision(), release, clock.instant());
    }

    @GET
    @Path(REVISION + "/checks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The check report of a revision: results per passenger line, for the flight, and totals")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
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
            description = "No such flight or revision",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public CheckReport report(
            @PathParam("flightId") UUID flightId, @PathParam("revision") String revision) {
        return service.report(flightId, revision);
    }

    @GET
    @Path("diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Passengers added, removed and changed between two revisions")
    @APIResponse(
            responseCode = "200",
            description = "The differences",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "diff", value = Examples.DIFF)))
    @APIResponse(
            responseCode = "400",
            description = "Missing revision numbers",
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
            description = "No such flight or revision",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public ManifestDiff diff(
            @PathParam("flightId") UUID flightId,
            @Parameter(description = "Older revision") @QueryParam("from") @NotNull @Min(1)
                    Integer from,
            @Parameter(description = "Newer revision") @QueryParam("to") @NotNull @Min(1)
                    Integer to) {
        return service.diff(flightId, from, to);
    }

    private static Response created(CheckReport report, UriInfo uri) {
        return Response.created(
                        uri.getAbsolutePathBuilder()
                                .path(String.valueOf(report.revision()))
                                .build())
                .type(MediaType.APPLICATION_JSON)
                .entity(report)
                .build();
    }
}
