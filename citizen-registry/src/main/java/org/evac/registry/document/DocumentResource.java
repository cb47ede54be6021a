package org.evac.registry.document;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonView.DocumentView;

@Path("/api/v1/persons/{personId}/documents")
@Tag(name = "Documents", description = "Passports, permanent resident cards, tazkiras of a person")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService service;
    private final SecurityIdentity identity;

    public DocumentResource(DocumentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "addDocument",
            summary = "Add a document",
            description =
                    "Checks the number format of the issuer and the MRZ check "
                            + "digits; a document registered to another person answers 409 with a link to that person.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "request",
                                            value = Examples.DOCUMENT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new document",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class),
                            examples = @ExampleObject(name = "201", value = Examples.DOCUMENT)))
    @APIResponse(
            responseCode = "400",
            description = "Implausible number, wrong issuer or MRZ check digits",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Registered to another person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public Response add(
            @PathParam("personId") UUID personId,
            @Valid @NotNull DocumentInput document,
            @Context UriInfo uri) {
        DocumentView added = service.add(personId, document);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added)
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            operationId = "listDocuments",
            summary = "List the documents of a person",
            description = "Numbers masked for operators")
    @APIResponse(
            responseCode = "200",
            description = "The documents, numbers masked for operators",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DocumentView.class),
                            examples = @ExampleObject(name = "200", value = Examples.DOCUMENTS)))
    public List<DocumentView> list(@PathParam("personId") UUID personId) {
        return service.list(
                personId, !identity.hasRole(Roles.COORDINATOR) && !identity.hasRole(Roles.ADMIN));
    }

    @DELETE
    @Path("{documentId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "removeDocument",
            summary = "Remove a document",
            description =
                    "Removes a document of the person; not the evidence a verification rests on (409)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "409",
            description = "The evidence of the verification",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.CONFLICT)))
    public void remove(
            @PathParam("personId") UUID personId, @PathParam("documentId") UUID documentId) {
        service.remove(personId, documentId);
    }
}
