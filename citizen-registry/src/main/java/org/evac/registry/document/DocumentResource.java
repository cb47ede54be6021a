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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Add a document", description = "Checks the number format of the issuer and the MRZ check "
            + "digits; a document registered to another person answers 409 with a link to that person.")
    public Response add(@PathParam("personId") UUID personId, @Valid @NotNull DocumentInput document,
            @Context UriInfo uri) {
        DocumentView added = service.add(personId, document);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build()).entity(added)
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "List the documents of a person", description = "Numbers masked for operators")
    public List<DocumentView> list(@PathParam("personId") UUID personId) {
        return service.list(personId, !identity.hasRole(Roles.COORDINATOR) && !identity.hasRole(Roles.ADMIN));
    }

    @DELETE
    @Path("{documentId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Remove a document")
    public void remove(@PathParam("personId") UUID personId, @PathParam("documentId") UUID documentId) {
        service.remove(personId, documentId);
    }
}
