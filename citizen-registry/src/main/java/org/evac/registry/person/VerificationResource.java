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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/persons/{personId}")
@Tag(name = "Verification", description = "Coordinators' eligibility decisions and the sources of a record")
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
    @Operation(summary = "Verify a person", description = "From UNVERIFIED only; names the evidence document")
    public PersonView verify(@PathParam("personId") UUID personId, @Valid @NotNull VerificationRequest request) {
        return service.verify(personId, request);
    }

    @POST
    @Path("reject")
    @Operation(summary = "Reject a person", description = "From UNVERIFIED only; needs a reason")
    public PersonView reject(@PathParam("personId") UUID personId, @Valid @NotNull VerificationRequest request) {
        return service.reject(personId, request);
    }

    @POST
    @Path("sources")
    @Operation(summary = "Record another source that mentions the person")
    public PersonView addSource(@PathParam("personId") UUID personId,
            @Valid @NotNull PersonRequest.SourceInput source) {
        return service.addSource(personId, source);
    }
}
