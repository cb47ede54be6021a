package org.evac.registry.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/persons/{personId}")
@Tag(
        name = "Verification",
        description = "Coordinators' eligibility decisions and the sources of a record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class VerificationResource {

    private final VerificationService service;

    public VerificationResource(VerificationService service) {
        this.service = service;
    }

    @POST
    @Path("verify")
    @Operation(
            operationId = "verifyPerson",
            summary = "Verify a person",
            description = "From UNVERIFIED only; names the evidence document")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationRequest.class),
                            examples = @ExampleObject(name = "request", value = Examples.VERIFY)))
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "400",
            description = "No evidence document of this person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided, or merged",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "409", value = Examples.ALREADY_DECIDED)))
    public PersonView verify(
            @PathParam("personId") UUID personId, @Valid @NotNull VerificationRequest request) {
        return service.verify(personId, request);
    }

    @POST
    @Path("reject")
    @Operation(
            operationId = "rejectDuplicate",
            summary = "Reject a person",
            description = "From UNVERIFIED only; needs a reason")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationRequest.class),
                            examples = @ExampleObject(name = "request", value = Examples.VERIFY)))
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided, or merged",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "409", value = Examples.ALREADY_DECIDED)))
    public PersonView reject(
            @PathParam("personId") UUID personId, @Valid @NotNull VerificationRequest request) {
        return service.reject(personId, request);
    }

    @POST
    @Path("sources")
    @Operation(
            operationId = "addPersonSource",
            summary = "Record another source that mentions the person",
            description =
                    "Adds a list, form or call that mentions the person to the record's provenance")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonRequest.SourceInput.class),
                            examples = @ExampleObject(name = "request", value = Examples.SOURCE)))
    @APIResponse(
            responseCode = "200",
            description = "Source recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonView.class),
                            examples = @ExampleObject(name = "200", value = Examples.PERSON)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid source",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Merged person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    public PersonView addSource(
            @PathParam("personId") UUID personId,
            @Valid @NotNull PersonRequest.SourceInput source) {
        return service.addSource(personId, source);
    }
}
