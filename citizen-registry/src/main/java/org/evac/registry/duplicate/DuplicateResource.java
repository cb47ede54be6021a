package org.evac.registry.duplicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonProblems;
import org.evac.registry.person.PersonView;

@Path("/api/v1/persons")
@Tag(name = "Duplicates", description = "Likely duplicates across sources, and merging them")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    private final DuplicateFinder finder;
    private final MergeService merges;

    public DuplicateResource(DuplicateFinder finder, MergeService merges) {
        this.finder = finder;
        this.merges = merges;
    }

    @GET
    @Path("{personId}/duplicates")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "listDuplicateCandidates",
            summary = "Likely and possible duplicates of a registered person",
            description =
                    "Strongest first, each with its band and every factor of its score; persons"
                            + " decided to be different from this one are left out")
    @APIResponse(
            responseCode = "200",
            description = "Candidates, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DuplicateCandidate.class),
                            examples = @ExampleObject(name = "200", value = Examples.CANDIDATES)))
    public List<DuplicateCandidate> duplicatesOf(@PathParam("personId") UUID id) {
        Person person =
                Person.<Person>findByIdOptional(id).orElseThrow(() -> PersonProblems.notFound(id));
        return finder.candidates(finder.identityOf(person), id);
    }

    @POST
    @Path("{personId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "mergePerson",
            summary = "Merge a duplicate into this person",
            description =
                    "Documents, contacts, attempts, "
                            + "sources and household membership move to the survivor; the merged id answers 301 to it.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MergeRequest.class),
                            examples = @ExampleObject(name = "request", value = Examples.MERGE)))
    @APIResponse(
            responseCode = "200",
            description = "The survivor with everything moved to it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.SURVIVOR)))
    @APIResponse(
            responseCode = "400",
            description = "Merging a person into itself",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Different households, or already merged",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public PersonView merge(
            @PathParam("personId") UUID survivorId, @Valid @NotNull MergeRequest request) {
        return merges.merge(survivorId, request);
    }
}
