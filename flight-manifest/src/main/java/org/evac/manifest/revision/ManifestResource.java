package org.evac.manifest.revision;

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
import java.time.LocalDate;
import java.util.List;
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
import org.evac.manifest.csv.ManifestCsv;
import org.evac.manifest.paxlst.PaxlstParser;
import org.evac.manifest.paxlst.PaxlstRenderer;
import org.evac.manifest.submission.Submission;

/**
 * Manifests over HTTP: one upload operation per format, each reading its body into a {@link
 * Submission} that {@link ManifestService#submit} stores; one read operation per format.
 */
@Path("/api/v1/flights")
@Tag(
        name = "Manifests",
        description =
                "Passenger manifests as numbered revisions, in JSON, CSV (UTF-8) and "
                        + "UN/EDIFACT PAXLST (D02B, D05B); coordinators see all, operators their own operator's flights")
// The class path is FlightResource's: Quarkus REST answers 405 for an undeclared method only within
// one class path, and 404 when another root resource shares a prefix.
public class ManifestResource {

    static final String CSV_UTF8 = ManifestCsv.MEDIA_TYPE + "; charset=UTF-8";
    private static final String MANIFESTS = "{flightId}/manifests";
    // Any segment but the upload paths' literals, so that GET …/csv answers 405 and a malformed
    // revision reaches validation (400) rather than routing (404).
    private static final String REVISION = MANIFESTS + "/{revision: (?!csv$|paxlst$)[^/]+}";
    // Up to nine digits, so that any number given fits an int.
    private static final String REVISION_PATTERN = "^([0-9]{1,9}|latest)$";
    private static final String REVISION_DESCRIPTION = "Revision number, from 1, or 'latest'";
    private static final String LOCATION =
            "The new revision as JSON: /api/v1/flights/{flightId}/manifests/{revision}";
    private static final String OWN_FLIGHTS =
            " Operators reach their own operator's flights only; another operator's flight answers"
                    + " 404 like an unknown one.";
    private static final String UPLOAD =
            " Every upload becomes the flight's next numbered revision, is checked against the"
                    + " registry and the seat allocations, and is answered with the check report. An"
                    + " upload with any invalid line is rejected whole: nothing is stored."
                    + OWN_FLIGHTS;

    private final ManifestService service;
    private final Clock clock;

    public ManifestResource(ManifestService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @POST
    @Path(MANIFESTS)
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadJsonManifest",
            summary = "Upload the manifest as JSON",
            description =
                    "The full passenger list as a JSON `ManifestRequest`; lines are named"
                            + " `passengers[i]` in errors."
                            + UPLOAD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManifestRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "manifest",
                                            value = Examples.JSON_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            headers =
                    @Header(
                            name = "Location",
                            description = LOCATION,
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckReport.class),
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid passenger lines; nothing stored",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Flight departed, arrived or cancelled: manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    public Response uploadJson(
            @PathParam("flightId") UUID flightId,
            @Valid @NotNull ManifestRequest request,
            @Context UriInfo uri) {
        return created(flightId, service.submit(flightId, request.submission()), uri);
    }

    @POST
    @Path(MANIFESTS + "/csv")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Consumes(ManifestCsv.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadCsvManifest",
            summary = "Upload the manifest as CSV",
            description =
                    "RFC 4180 CSV in UTF-8 (an optional BOM is ignored): a header row naming the"
                            + " columns in any order (`line_number` is ignored, unknown columns are"
                            + " refused), then one row per passenger; see the service README for the"
                            + " columns. Errors name the text line (`line 3`)."
                            + UPLOAD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = ManifestCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            headers =
                    @Header(
                            name = "Location",
                            description = LOCATION,
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckReport.class),
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed CSV or invalid lines, naming the line; nothing stored",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(name = "malformed", value = Examples.MALFORMED_CSV),
                                @ExampleObject(name = "invalid", value = Examples.INVALID_CSV)
                            }))
    @APIResponse(
            responseCode = "409",
            description = "Flight departed, arrived or cancelled: manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    public Response uploadCsv(
            @PathParam("flightId") UUID flightId, String body, @Context UriInfo uri) {
        return created(flightId, service.submit(flightId, ManifestCsv.parse(body)), uri);
    }

    @POST
    @Path(MANIFESTS + "/paxlst")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Consumes(PaxlstRenderer.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadPaxlstManifest",
            summary = "Upload the manifest as a UN/EDIFACT PAXLST message",
            description =
                    "One PAXLST interchange, release D02B or D05B, with any separators its UNA"
                            + " declares. Its TDT+20 must name this flight (422 otherwise); CNT, UNT,"
                            + " UNE and UNZ must agree with the content. Errors name the segment, its"
                            + " position and its text line."
                            + UPLOAD)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = PaxlstRenderer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "paxlst", value = Examples.PAXLST)))
    @APIResponse(
            responseCode = "201",
            description = "Stored as a new revision; the check report",
            headers =
                    @Header(
                            name = "Location",
                            description = LOCATION,
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckReport.class),
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
            responseCode = "409",
            description = "Flight departed, arrived or cancelled: manifest locked",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "locked", value = Examples.LOCKED)))
    @APIResponse(
            responseCode = "422",
            description = "The message is for another flight; nothing stored",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "wrong-flight",
                                            value = Examples.WRONG_FLIGHT)))
    public Response uploadPaxlst(
            @PathParam("flightId") UUID flightId, String body, @Context UriInfo uri) {
        return created(
                flightId,
                service.submit(
                        flightId, PaxlstParser.parse(body, LocalDate.now(clock)).submission()),
                uri);
    }

    @GET
    @Path(MANIFESTS)
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listManifestRevisions",
            summary = "List the revisions of a flight's manifest",
            description =
                    "Every revision, oldest first, with who submitted it in which format and its"
                            + " check totals; an empty list before the first upload."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "Revisions, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RevisionSummary.class),
                            examples =
                                    @ExampleObject(name = "revisions", value = Examples.REVISIONS)))
    public List<RevisionSummary> listRevisions(@PathParam("flightId") UUID flightId) {
        return service.revisions(flightId);
    }

    @GET
    @Path(REVISION)
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getManifest",
            summary = "Read a revision as JSON",
            description =
                    "The revision's passenger lines, numbered from 1, each with its check results."
                            + " The same revision as CSV and PAXLST: `…/csv`, `…/paxlst`."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManifestView.class),
                            examples =
                                    @ExampleObject(name = "manifest", value = Examples.MANIFEST)))
    public ManifestView getJson(
            @PathParam("flightId") UUID flightId,
            @Parameter(
                            description = REVISION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, pattern = REVISION_PATTERN))
                    @PathParam("revision")
                    @Pattern(regexp = REVISION_PATTERN, message = "a revision number or 'latest'")
                    String revision) {
        return service.view(flightId, revision);
    }

    @GET
    @Path(REVISION + "/csv")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(CSV_UTF8)
    @Operation(
            operationId = "getManifestCsv",
            summary = "Read a revision as CSV",
            description =
                    "RFC 4180 CSV in UTF-8 with CRLF line ends: the header row naming every column,"
                            + " then one row per passenger line with its `line_number`. Uploading it"
                            + " again as CSV stores the same passengers."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The revision as CSV",
            content =
                    @Content(
                            mediaType = ManifestCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    public String getCsv(
            @PathParam("flightId") UUID flightId,
            @Parameter(
                            description = REVISION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, pattern = REVISION_PATTERN))
                    @PathParam("revision")
                    @Pattern(regexp = REVISION_PATTERN, message = "a revision number or 'latest'")
                    String revision) {
        return service.csv(flightId, revision);
    }

    @GET
    @Path(REVISION + "/paxlst")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(PaxlstRenderer.MEDIA_TYPE)
    @Operation(
            operationId = "getManifestPaxlst",
            summary = "Read a revision as a UN/EDIFACT PAXLST message",
            description =
                    "One PAXLST interchange in the requested release, with the default service"
                            + " characters, upper-case Latin names (PAXLST carries no native script)"
                            + " and UTC times."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The revision as PAXLST",
            content =
                    @Content(
                            mediaType = PaxlstRenderer.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "paxlst", value = Examples.PAXLST)))
    public String getPaxlst(
            @PathParam("flightId") UUID flightId,
            @Parameter(
                            description = REVISION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, pattern = REVISION_PATTERN))
                    @PathParam("revision")
                    @Pattern(regexp = REVISION_PATTERN, message = "a revision number or 'latest'")
                    String revision,
            @Parameter(
                            description = "PAXLST release",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"D02B", "D05B"},
                                            defaultValue = "D02B"))
                    @QueryParam("release")
                    @DefaultValue("D02B")
                    @Pattern(regexp = "^(D02B|D05B)$", message = "D02B or D05B")
                    String release) {
        return service.paxlst(flightId, revision, release);
    }

    @GET
    @Path(REVISION + "/checks")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getManifestChecks",
            summary = "Read the check report of a revision",
            description =
                    "The results per passenger line, for the flight (late, over capacity, allocated"
                            + " persons missing) and in totals, as of the latest evaluation: the"
                            + " checks of an open flight's latest revision run again when a seat,"
                            + " registry or flight change alters a result."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The check report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckReport.class),
                            examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    public CheckReport getChecks(
            @PathParam("flightId") UUID flightId,
            @Parameter(
                            description = REVISION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, pattern = REVISION_PATTERN))
                    @PathParam("revision")
                    @Pattern(regexp = REVISION_PATTERN, message = "a revision number or 'latest'")
                    String revision) {
        return service.report(flightId, revision);
    }

    @GET
    @Path(REVISION + "/checks/evaluations")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listManifestCheckEvaluations",
            summary = "List every evaluation of a revision's checks",
            description =
                    "The history of the check report: the evaluation at submission, then one per"
                            + " seat, registry or flight change that altered a result, each with"
                            + " the event times of the read models it was checked against."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The evaluations, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = EvaluationSummary.class),
                            examples =
                                    @ExampleObject(
                                            name = "evaluations",
                                            value = Examples.EVALUATIONS)))
    public List<EvaluationSummary> listCheckEvaluations(
            @PathParam("flightId") UUID flightId,
            @Parameter(
                            description = REVISION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING, pattern = REVISION_PATTERN))
                    @PathParam("revision")
                    @Pattern(regexp = REVISION_PATTERN, message = "a revision number or 'latest'")
                    String revision) {
        return service.evaluations(flightId, revision);
    }

    @GET
    @Path(MANIFESTS + "/diff")
    @RolesAllowed({Roles.COORDINATOR, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "diffManifests",
            summary = "Compare two revisions",
            description =
                    "Passengers added, removed and changed (field by field) from one revision to"
                            + " another, matched by travel document (type, issuing country, number)."
                            + OWN_FLIGHTS)
    @APIResponse(
            responseCode = "200",
            description = "The differences",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ManifestDiff.class),
                            examples = @ExampleObject(name = "diff", value = Examples.DIFF)))
    public ManifestDiff diff(
            @PathParam("flightId") UUID flightId,
            @Parameter(description = "The older revision", required = true)
                    @QueryParam("from")
                    @NotNull
                    @Min(1)
                    Integer from,
            @Parameter(description = "The newer revision", required = true)
                    @QueryParam("to")
                    @NotNull
                    @Min(1)
                    Integer to) {
        return service.diff(flightId, from, to);
    }

    /** 201 with the report, located at the revision's JSON representation whatever the format. */
    private static Response created(UUID flightId, CheckReport report, UriInfo uri) {
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path(ManifestResource.class)
                                .path(REVISION)
                                .build(flightId, report.revision()))
                .type(MediaType.APPLICATION_JSON)
                .entity(report)
                .build();
    }
}
