package org.evac.registry.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.quality.QueryText;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who read or changed which record, when; supervisors only")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_PAGE_SIZE = 500;

    @Schema(name = "AuditEntry")
    public record View(
            long id,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            @Schema(description = "JSON of the record before a change") String before,
            @Schema(description = "JSON of the record after a change") String after) {}

    @Schema(name = "AuditEntryPage", description = "One page of the audit trail, with the total")
    public record AuditPage(List<View> items, int page, int size, long total) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "listAuditEntries",
            summary = "Query the audit trail",
            description =
                    "Reads and changes of persons and households, exports and merges, latest"
                            + " first; filters combine with AND, from inclusive, to exclusive")
    @APIResponse(
            responseCode = "200",
            description = "Entries, latest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class),
                            examples = @ExampleObject(name = "200", value = Examples.PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid page",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public AuditPage query(
            @QueryParam("subjectId")
                    @Pattern(
                            regexp = QueryText.WITHOUT_NUL,
                            message = QueryText.WITHOUT_NUL_MESSAGE)
                    @Parameter(description = "Person or household id")
                    String subjectId,
            @QueryParam("actor")
                    @Pattern(
                            regexp = QueryText.WITHOUT_NUL,
                            message = QueryText.WITHOUT_NUL_MESSAGE)
                    @Parameter(description = "Who read or changed, e.g. coordinator-ana")
                    String actor,
            @QueryParam("action")
                    @Pattern(
                            regexp = QueryText.WITHOUT_NUL,
                            message = QueryText.WITHOUT_NUL_MESSAGE)
                    @Parameter(
                            description = "READ, CREATE, UPDATE, EXPORT, MERGED_INTO …",
                            example = "READ")
                    String action,
            @QueryParam("from") Instant from,
            @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        Parameters params = new Parameters();
        if (subjectId != null) {
            clauses.add("subjectId = :subjectId");
            params.and("subjectId", subjectId);
        }
        if (actor != null) {
            clauses.add("actor = :actor");
            params.and("actor", actor);
        }
        if (action != null) {
            clauses.add("action = :action");
            params.and("action", action);
        }
        if (from != null) {
            clauses.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            clauses.add("at < :to");
            params.and("to", to);
        }
        var query =
                AuditEntry.<AuditEntry>find(
                        String.join(" and ", clauses), Sort.descending("id"), params);
        List<View> items =
                query.page(page, size).list().stream()
                        .map(
                                e ->
                                        new View(
                                                e.id,
                                                e.at,
                                                e.actor,
                                                e.action,
                                                e.subjectType,
                                                e.subjectId,
                                                e.beforeState,
                                                e.afterState))
                        .toList();
        return new AuditPage(items, page, size, query.count());
    }
}
