package org.evac.coordination.allocation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/households/{householdId}/split-permission")
@Tag(name = "Seat allocation")
public class SplitPermissionResource {

    private final SecurityIdentity identity;

    public SplitPermissionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @PUT
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary =
                    "Allow seat allocation to place this household on several flights. Role: coordinator")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "permission", value = Examples.SPLIT)))
    @APIResponse(responseCode = "204", description = "Allowed")
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    public void allow(
            @PathParam("householdId") UUID householdId,
            @Valid @NotNull SplitPermissionRequest request) {
        SplitPermission permission =
                SplitPermission.<SplitPermission>findByIdOptional(householdId)
                        .orElseGet(SplitPermission::new);
        permission.householdId = householdId;
        permission.reason = request.reason();
        permission.allowedBy = identity.getPrincipal().getName();
        permission.allowedAt = OffsetDateTime.now(ZoneOffset.UTC);
        permission.persist();
    }

    @DELETE
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary =
                    "Withdraw the permission: the household travels together again from the next allocation. Role: coordinator")
    @APIResponse(responseCode = "204", description = "Withdrawn (or there was none)")
    public void revoke(@PathParam("householdId") UUID householdId) {
        SplitPermission.deleteById(householdId);
    }
}
