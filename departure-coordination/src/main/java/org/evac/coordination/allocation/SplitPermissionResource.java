package org.evac.coordination.allocation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
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

    private final SplitPermissions permissions;
    private final SecurityIdentity identity;

    public SplitPermissionResource(SplitPermissions permissions, SecurityIdentity identity) {
        this.permissions = permissions;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "permitHouseholdSplit",
            summary =
                    "Allow seat allocation to place this household on several flights. Role: coordinator",
            description =
                    "Records (or replaces) a coordinator's permission, with its reason, to spread a"
                            + " household over several flights; allocation still does so only when the flights"
                            + " together can take all of it. The household must be known from the registry.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "permission", value = Examples.SPLIT)))
    @APIResponse(responseCode = "204", description = "Allowed")
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "Household unknown to this service; nothing is written",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknown household",
                                            value = Examples.UNKNOWN_HOUSEHOLD)))
    public void allow(
            @PathParam("householdId") UUID householdId,
            @Valid @NotNull SplitPermissionRequest request) {
        permissions.allow(householdId, request.reason(), identity.getPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "revokeHouseholdSplit",
            summary =
                    "Withdraw the permission: the household travels together again from the next allocation. Role: coordinator",
            description =
                    "Removes the household's split permission; answers 204 also when it had none.")
    @APIResponse(responseCode = "204", description = "Withdrawn (or there was none)")
    @APIResponse(
            responseCode = "404",
            description = "Household unknown to this service",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknown household",
                                            value = Examples.UNKNOWN_HOUSEHOLD)))
    public void revoke(@PathParam("householdId") UUID householdId) {
        permissions.revoke(householdId);
    }
}
