package org.evac.registry.person;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/persons")
@Tag(name = "Persons", description = "Eligible persons and the family members kept with them")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final PersonService service;
    private final PersonSearch search;
    private final SecurityIdentity identity;

    public PersonResource(PersonService service, PersonSearch search, SecurityIdentity identity) {
        this.service = service;
        this.search = search;
        this.identity = identity;
    }

    /**
     * The body is checked by the service rather than by {@code @Valid} here, so that field
     * constraints and the data-quality gates come back together in one 400.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "registerPerson",
            summary = "Register a person",
            description =
                    "Rejects hard data-quality errors (400, all at once), a document registered to"
                            + " someone else (409 duplicate-document, with existingPersonId) and a"
                            + " likely duplicate (409 likely-duplicate, with candidates, unless"
                            + " acknowledgeDuplicates=true); soft issues are accepted and flagged.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "request",
                                            value = Examples.PERSON_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers = {
                @Header(
                        name = "Location",
                        description = "URL of the new person",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "Version of the person, for If-Match",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "201", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "400",
            description = "Hard data-quality errors, field by field",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Document registered to someone else (duplicate-document), or a likely"
                            + " duplicate (likely-duplicate)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(
                                        name = "likely-duplicate",
                                        value = Examples.LIKELY_DUPLICATE),
                                @ExampleObject(
                                        name = "duplicate-document",
                                        value = Examples.DUPLICATE_DOCUMENT)
                            }))
    public Response create(
            @NotNull PersonRequest request,
            @QueryParam("acknowledgeDuplicates")
                    @DefaultValue("false")
                    @Parameter(description = "Register even though likely duplicates exist")
                    boolean acknowledgeDuplicates,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        PersonView created = service.create(request, acknowledgeDuplicates);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            operationId = "searchPersons",
            summary = "Search persons",
            description =
                    "Filters combine with AND. Sorted by registryNumber, familyName, createdAt,"
                            + " updatedAt, lastReachedAt or birthDate, '-' for descending; pages of"
                            + " at most 200 with the total number of matches.")
    @APIResponse(
            responseCode = "200",
            description = "One page of matches with the total",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonPage.class),
                            examples = @ExampleObject(name = "200", value = Examples.PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown sort field or province, or a page size out of range",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID_PAGE)))
    public PersonPage list(
            @Valid @BeanParam PersonFilter filter,
            @QueryParam("sort")
                    @DefaultValue("registryNumber")
                    @Parameter(
                            description = "Sort field, '-' in front for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            defaultValue = "registryNumber",
                                            enumeration = {
                                                "registryNumber",
                                                "-registryNumber",
                                                "familyName",
                                                "-familyName",
                                                "createdAt",
                                                "-createdAt",
                                                "updatedAt",
                                                "-updatedAt",
                                                "lastReachedAt",
                                                "-lastReachedAt",
                                                "birthDate",
                                                "-birthDate"
                                            }))
                    String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PersonSearch.MAX_PAGE_SIZE)
                    int size) {
        return search.search(filter, sort, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            operationId = "getPerson",
            summary = "Read a person",
            description =
                    "Every read is audited. Document numbers are masked for roles other than"
                            + " coordinator and admin. A merged person answers 301 to the"
                            + " surviving record.")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Version of the person, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "301",
            description = "Merged into another person",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the surviving person",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MergedPerson.class),
                            examples = @ExampleObject(name = "301", value = Examples.MOVED)))
    public Response read(@PathParam("id") UUID id, @jakarta.ws.rs.core.Context UriInfo uri) {
        var survivor = service.mergedInto(id);
        if (survivor.isPresent()) {
            URI location =
                    uri.getBaseUriBuilder()
                            .path("api/v1/persons")
                            .path(survivor.get().toString())
                            .build();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(location)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new MergedPerson(id, survivor.get()))
                    .build();
        }
        boolean mask = !identity.hasRole(Roles.COORDINATOR) && !identity.hasRole(Roles.ADMIN);
        PersonView person = service.read(id, mask);
        return Response.ok(person).tag(etag(person.version())).build();
    }

    /**
     * The body is read as a JSON tree: only a tree tells a member set to null (remove it) from an
     * absent one (keep it). {@link PersonPatch} describes it in the OpenAPI document.
     */
    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "updatePerson",
            summary = "Change a person (JSON Merge Patch)",
            description =
                    "Requires If-Match with the ETag read (428 without it); a stale version answers"
                            + " 412 with currentVersion. Documents, contacts and sources have their"
                            + " own sub-resources.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = PersonPatch.class),
                            examples = @ExampleObject(name = "request", value = Examples.PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The new version of the person",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "400",
            description = "Not a JSON object, or the patched person fails the gates",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Merged person, or a concurrent change",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    @APIResponse(
            responseCode = "412",
            description = "Stale If-Match",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "412", value = Examples.STALE)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match missing",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "428",
                                            value = Examples.VERSION_REQUIRED)))
    public Response patch(
            @PathParam("id") UUID id,
            @NotNull JsonNode patch,
            @HeaderParam("If-Match")
                    @Parameter(
                            name = "If-Match",
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "ETag of the version read, e.g. \"3\"",
                            example = "\"3\"")
                    String ifMatch) {
        PersonView updated = service.patch(id, patch, version(ifMatch));
        return Response.ok(updated).tag(etag(updated.version())).build();
    }

    static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    Problem.of(
                            400,
                            "invalid-if-match",
                            "Invalid If-Match",
                            "If-Match must be the ETag of the person, e.g. \"3\""));
        }
    }
}
