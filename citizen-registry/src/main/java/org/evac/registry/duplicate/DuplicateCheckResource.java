package org.evac.registry.duplicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonService;

@Path("/api/v1/duplicate-checks")
@Tag(name = "Duplicates", description = "Likely duplicates across sources, and merging them")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateCheckResource {

    private final DuplicateFinder finder;

    public DuplicateCheckResource(DuplicateFinder finder) {
        this.finder = finder;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            operationId = "checkDuplicates",
            summary = "Check a person for likely duplicates without registering them",
            description =
                    "Runs the duplicate detection of a registration on a person not registered yet; nothing is written")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonRequest.class),
                            examples = @ExampleObject(name = "request", value = Examples.CHECK)))
    @APIResponse(
            responseCode = "200",
            description = "Candidates, best first; empty if none",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DuplicateCandidate.class),
                            examples = @ExampleObject(name = "200", value = Examples.CANDIDATES)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public List<DuplicateCandidate> check(@Valid @NotNull PersonRequest person) {
        return finder.candidates(PersonService.identity(person), null);
    }
}
