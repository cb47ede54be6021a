package org.evac.coordination.campaign;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Offers to everyone eligible who has none open")
public class CampaignResource {

    private final CampaignService campaigns;
    private final SecurityIdentity identity;

    public CampaignResource(CampaignService campaigns, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "startCampaign",
            summary =
                    "Offer departure to everyone eligible not yet offered, optionally of one province or category; idempotent. Role: coordinator",
            description =
                    "In one transaction, offers departure to every verified, active, eligible person whose"
                            + " journey is NOT_OFFERED, grouped into household offers. Persons who declined are"
                            + " left out. A repeated call finds nobody new and creates nothing (counts zero).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "campaign", value = Examples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Campaign run; counts of what it created (zero when repeated)",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the campaign's record",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignResult.class),
                            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    public Response run(@Valid @NotNull CampaignRequest request, @Context UriInfo uriInfo) {
        CampaignResult result = campaigns.run(request, identity.getPrincipal().getName());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder()
                                .path(result.campaignId().toString())
                                .build())
                .entity(result)
                .build();
    }

    @GET
    @Path("/{campaignId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "getCampaign",
            summary = "Read what a campaign created. Roles: coordinator, admin",
            description = "The campaign's filters and the counts of the offers it made.")
    @APIResponse(
            responseCode = "200",
            description = "The campaign",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignResult.class),
                            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    public CampaignResult get(@PathParam("campaignId") UUID campaignId) {
        return campaigns
                .find(campaignId)
                .map(Campaign::result)
                .orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
    }
}
