package org.evac.registry.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.evac.infrastructure.csv.CsvLine;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.person.SourceKind;
import org.evac.registry.quality.QueryText;

@Path("/api/v1/imports")
@Tag(
        name = "Imports",
        description = "Bulk import of CSV and JSON Lines lists, with a per-row report")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ImportResource {

    private static final int REPORT_PAGE = 5_000;

    private final ImportService service;
    private final EntityManager entityManager;

    public ImportResource(ImportService service, EntityManager entityManager) {
        this.service = service;
        this.entityManager = entityManager;
    }

    @POST
    @Path("csv")
    @Consumes(ImportFormat.CSV_MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importPersonsCsv",
            summary = "Import a CSV list of persons",
            description =
                    "Up to 100,000 rows, UTF-8 (optional BOM), RFC 4180 quoting, streamed to disk;"
                            + " the header names columns of the documented set, familyName,"
                            + " givenNames and category required. Uploading the same file again"
                            + " creates nothing and answers 200 with the first result.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = ImportFormat.CSV_MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "request", value = Examples.CSV)))
    @APIResponse(
            responseCode = "200",
            description = "This file was imported before; nothing new created",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the import summary",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples =
                                    @ExampleObject(
                                            name = "200",
                                            value = Examples.SUMMARY_ALREADY_IMPORTED)))
    @APIResponse(
            responseCode = "201",
            description = "Imported; the report lists every row",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the import summary",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples = @ExampleObject(name = "201", value = Examples.SUMMARY)))
    @APIResponse(
            responseCode = "400",
            description = "Empty, wrong header, not UTF-8, or over 100,000 rows",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public Response importCsv(
            @NotNull java.io.File file,
            @QueryParam("source")
                    @NotNull
                    @Parameter(description = "Where the list comes from", required = true)
                    SourceKind source,
            @QueryParam("fileName")
                    @Pattern(
                            regexp = QueryText.WITHOUT_NUL,
                            message = QueryText.WITHOUT_NUL_MESSAGE)
                    @Size(max = 500)
                    @Parameter(description = "Original file name, kept in each row's provenance")
                    String fileName) {
        return imported(service.importFile(nonEmpty(file), ImportFormat.CSV, source, fileName));
    }

    @POST
    @Path("jsonl")
    @Consumes(ImportFormat.JSON_LINES_MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importPersonsJsonLines",
            summary = "Import a JSON Lines list of persons",
            description =
                    "Up to 100,000 lines, UTF-8, streamed to disk; each line is one PersonRequest,"
                            + " the body of registerPerson. A line that is not a valid person is"
                            + " reported as INVALID. Uploading the same file again creates nothing"
                            + " and answers 200 with the first result.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = ImportFormat.JSON_LINES_MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(name = "request", value = Examples.JSON_LINES)))
    @APIResponse(
            responseCode = "200",
            description = "This file was imported before; nothing new created",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the import summary",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples =
                                    @ExampleObject(
                                            name = "200",
                                            value = Examples.SUMMARY_ALREADY_IMPORTED)))
    @APIResponse(
            responseCode = "201",
            description = "Imported; the report lists every row",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the import summary",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples = @ExampleObject(name = "201", value = Examples.SUMMARY)))
    @APIResponse(
            responseCode = "400",
            description = "Empty, not UTF-8, or over 100,000 lines",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public Response importJsonLines(
            @NotNull java.io.File file,
            @QueryParam("source")
                    @NotNull
                    @Parameter(description = "Where the list comes from", required = true)
                    SourceKind source,
            @QueryParam("fileName")
                    @Pattern(
                            regexp = QueryText.WITHOUT_NUL,
                            message = QueryText.WITHOUT_NUL_MESSAGE)
                    @Size(max = 500)
                    @Parameter(description = "Original file name, kept in each row's provenance")
                    String fileName) {
        return imported(
                service.importFile(nonEmpty(file), ImportFormat.JSON_LINES, source, fileName));
    }

    /** An empty upload is a mistake, refused before an import is recorded. */
    private static java.nio.file.Path nonEmpty(java.io.File file) {
        if (file.length() == 0) {
            throw ProblemException.badRequest(
                    "empty-file", "Empty file", "The list is the request body; this one is empty");
        }
        return file.toPath();
    }

    private static Response imported(ImportSummary summary) {
        URI location = URI.create("/api/v1/imports/" + summary.id());
        return summary.alreadyImported()
                ? Response.ok(summary).location(location).build()
                : Response.created(location).entity(summary).build();
    }

    /**
     * GET of an upload path would otherwise be read as {@code GET /imports/{id}} with the id "csv"
     * (400); it is the wrong method for an existing path.
     */
    @GET
    @Path("{format: csv|jsonl}")
    @Operation(hidden = true)
    public Response uploadPathsTakeOnlyPost() {
        throw new NotAllowedException(HttpMethod.POST);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getImport",
            summary = "Read the summary of an import",
            description = "Row counts by outcome, who started it and when, and the report's URL")
    @APIResponse(
            responseCode = "200",
            description = "The import summary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportSummary.class),
                            examples = @ExampleObject(name = "200", value = Examples.SUMMARY)))
    public ImportSummary get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/report")
    @Produces(ImportFormat.CSV_MEDIA_TYPE)
    @Operation(
            operationId = "getImportReportCsv",
            summary = "Download the per-row report",
            description =
                    "CSV with the header row,outcome,personId,duplicateOf,message; one line per"
                            + " row of the file, in file order")
    @APIResponse(
            responseCode = "200",
            description = "row,outcome,personId,duplicateOf,message",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"import-{id}-report.csv\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = ImportFormat.CSV_MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "200", value = Examples.REPORT)))
    public Response report(@PathParam("id") UUID id) {
        service.get(id);
        StreamingOutput body =
                out -> {
                    BufferedWriter writer =
                            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    writer.write(
                            CsvLine.of(
                                    List.of(
                                            "row",
                                            "outcome",
                                            "personId",
                                            "duplicateOf",
                                            "message")));
                    int after = 0;
                    while (true) {
                        List<Object[]> page = page(id, after);
                        for (Object[] row : page) {
                            writer.write(CsvLine.of(Arrays.asList(row)));
                        }
                        if (page.size() < REPORT_PAGE) {
                            break;
                        }
                        after = ((Number) page.get(page.size() - 1)[0]).intValue();
                    }
                    writer.flush();
                };
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"import-" + id + "-report.csv\"")
                .build();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> page(UUID id, int after) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                entityManager
                                        .createNativeQuery(
                                                "select row_number, outcome, person_id, duplicate_of, message from import_row "
                                                        + "where import_id = ?1 and row_number > ?2 order by row_number")
                                        .setParameter(1, id)
                                        .setParameter(2, after)
                                        .setMaxResults(REPORT_PAGE)
                                        .getResultList());
    }
}
