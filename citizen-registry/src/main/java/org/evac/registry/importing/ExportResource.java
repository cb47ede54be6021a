package org.evac.registry.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.csv.CsvLine;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.person.PersonFilter;
import org.evac.registry.person.PersonSearch;

@Path("/api/v1/exports/persons")
@Tag(
        name = "Imports",
        description = "Bulk import of CSV and JSON Lines lists, with a per-row report")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ExportResource {

    private static final int PAGE = 2_000;

    /**
     * The import columns, so an export can be corrected and imported elsewhere, behind the registry
     * number.
     */
    private static final String SELECT =
            "select p.registry_number, p.family_name, p.given_names, p.native_name, "
                    + "p.birth_date, p.birth_date_evidence, p.sex, p.category, p.qualifying_name, p.qualifying_relationship, "
                    + "p.departure_wish, p.province, p.district, p.preferred_language, "
                    + "(select c.value from person_contact c where c.person_id = p.id and c.kind = 'PHONE' order by c.created_at limit 1), "
                    + "(select c.value from person_contact c where c.person_id = p.id and c.kind = 'EMAIL' order by c.created_at limit 1), "
                    + "(select c.value from person_contact c where c.person_id = p.id and c.kind = 'WHATSAPP' order by c.created_at limit 1), "
                    + "d.type, d.issuing_country, d.number, d.expires_on, "
                    + "(select string_agg(v.kind || coalesce(':' || v.note, ''), ';' order by v.kind) from person_vulnerability v where v.person_id = p.id), "
                    + "null from person p left join lateral (select * from person_document d where d.person_id = p.id "
                    + "order by d.created_at limit 1) d on true where ";

    private final PersonSearch search;
    private final EntityManager entityManager;
    private final AuditLog audit;

    public ExportResource(PersonSearch search, EntityManager entityManager, AuditLog audit) {
        this.search = search;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @GET
    @Produces(ImportFormat.CSV_MEDIA_TYPE)
    @Operation(
            operationId = "exportPersonsCsv",
            summary = "Export a filtered search as CSV",
            description =
                    "The import column set after registryNumber; "
                            + "the first document and first phone, email and WhatsApp of each person. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "CSV, one line per person",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"persons.csv\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = ImportFormat.CSV_MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "200", value = Examples.EXPORT)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown province, or a filter that does not convert",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "400", value = Examples.INVALID_FILTER)))
    public Response export(@Valid @BeanParam PersonFilter filter) {
        PersonSearch.Where where = search.where(filter);
        QuarkusTransaction.requiringNew()
                .run(() -> audit.change("EXPORT", "persons", "search", null, where.parameters()));
        StreamingOutput body =
                out -> {
                    BufferedWriter writer =
                            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    List<String> header = new ArrayList<>(List.of("registryNumber"));
                    header.addAll(CsvColumns.ALL);
                    writer.write(CsvLine.of(header));
                    String after = "";
                    while (true) {
                        List<Object[]> page = page(where, after);
                        for (Object[] row : page) {
                            writer.write(CsvLine.of(Arrays.asList(row)));
                        }
                        if (page.size() < PAGE) {
                            break;
                        }
                        after = (String) page.get(page.size() - 1)[0];
                    }
                    writer.flush();
                };
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"persons.csv\"")
                .build();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> page(PersonSearch.Where where, String after) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            var query =
                                    entityManager.createNativeQuery(
                                            SELECT
                                                    + where.sql()
                                                    + " and p.registry_number > :after order by p.registry_number");
                            where.parameters().forEach(query::setParameter);
                            return query.setParameter("after", after)
                                    .setMaxResults(PAGE)
                                    .getResultList();
                        });
    }
}
