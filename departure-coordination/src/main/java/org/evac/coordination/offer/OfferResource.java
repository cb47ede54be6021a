package org.evac.coordination.offer;

import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/offers")
@Tag(name = "Offers", description = "Offers of departure and their answers")
public class OfferResource {

    private final OfferService offers;
    private final SecurityIdentity identity;

    public OfferResource(OfferService offers, SecurityIdentity identity) {
        this.offers = offers;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "makeOffer",
            summary = "Offer departure to a household or one person. Role: coordinator",
            description =
                    "Offers departure to a household's eligible (US citizen, LPR, immediate relative), verified,"
                            + " active members whose journey is NOT_OFFERED or DECLINED, or to one such person:"
                            + " name exactly one of householdId and personId. Optionally holds that many seats on"
                            + " a flight until respondBy. Their journeys move to OFFERED.")
    @APIResponse(
            responseCode = "201",
            description = "Offer made",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new offer",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferResponse.class),
                            examples = @ExampleObject(name = "offer", value = Examples.OFFER)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown household, person or flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Open offer, not eligible, illegal journey step or not enough seats",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "not enough seats",
                                            value = Examples.NOT_ENOUGH_SEATS)))
    public Response make(@Valid @NotNull MakeOfferRequest request, @Context UriInfo uriInfo) {
        Offer offer = offers.make(request, identity.getPrincipal().getName());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(offer.offerId.toString()).build())
                .entity(OfferResponse.of(offer))
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "listOffers",
            summary = "List offers, newest first. Roles: coordinator, admin",
            description =
                    "One page of offers, newest first (then by id), with the total; filtered by person or"
                            + " household this is their offer history, closed offers included.")
    @APIResponse(
            responseCode = "200",
            description = "One page of offers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public OfferPage list(
            @Parameter(description = "Only offers to this person") @QueryParam("personId")
                    UUID personId,
            @Parameter(description = "Only offers to this household") @QueryParam("householdId")
                    UUID householdId,
            @Parameter(description = "Only offers in this status") @QueryParam("status")
                    OfferStatus status,
            @Parameter(description = "Page index from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    int page,
            @Parameter(description = "Page size")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(200)
                    int size) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (personId != null) {
            values.add(personId);
            clauses.add(
                    "offerId in (select o.offerId from Offer o join o.persons p where p.personId = ?"
                            + values.size()
                            + ")");
        }
        if (householdId != null) {
            values.add(householdId);
            clauses.add("householdId = ?" + values.size());
        }
        if (status != null) {
            values.add(status);
            clauses.add("status = ?" + values.size());
        }
        String where = clauses.isEmpty() ? "" : String.join(" and ", clauses) + " ";
        var query =
                Offer.<Offer>find(where + "order by createdAt desc, offerId", values.toArray())
                        .page(Page.of(page, size));
        return new OfferPage(
                query.list().stream().map(OfferResponse::of).toList(), query.count(), page, size);
    }

    @GET
    @Path("/{offerId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "getOffer",
            summary = "Read one offer. Roles: coordinator, admin",
            description = "The offer with its persons, status and, once answered, the decision.")
    @APIResponse(
            responseCode = "200",
            description = "The offer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferResponse.class),
                            examples = @ExampleObject(name = "offer", value = Examples.OFFER)))
    public OfferResponse get(@PathParam("offerId") UUID offerId) {
        return offers.find(offerId)
                .map(OfferResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Offer", offerId));
    }

    @POST
    @Path("/{offerId}/acceptance")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "acceptOffer",
            summary = "Record that an open offer was accepted. Role: coordinator",
            description =
                    "Accepts the offer for its persons except those named as staying behind (their journeys"
                            + " move to DECLINED); the travellers move to ACCEPTED, and to SEAT_ASSIGNED when the"
                            + " offer holds seats. The body may be omitted when everybody travels.")
    @APIResponse(
            responseCode = "200",
            description = "Offer accepted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferResponse.class),
                            examples =
                                    @ExampleObject(name = "accepted", value = Examples.ACCEPTED)))
    @APIResponse(
            responseCode = "400",
            description = "Staying-behind ids not in the offer, or nobody travels",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Offer no longer open",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "closed", value = Examples.CLOSED)))
    public OfferResponse accept(
            @PathParam("offerId") UUID offerId, @Valid AcceptOfferRequest request) {
        return OfferResponse.of(
                offers.accept(
                        offerId,
                        request == null ? new AcceptOfferRequest(List.of()) : request,
                        identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{offerId}/declination")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "declineOffer",
            summary = "Record that an open offer was declined. Role: coordinator",
            description =
                    "Declines the offer with a reason and an optional note; its persons move to DECLINED and"
                            + " any seats it held are released.")
    @APIResponse(
            responseCode = "200",
            description = "Offer declined",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferResponse.class),
                            examples =
                                    @ExampleObject(name = "declined", value = Examples.DECLINED)))
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Offer no longer open",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "closed", value = Examples.CLOSED)))
    public OfferResponse decline(
            @PathParam("offerId") UUID offerId, @Valid @NotNull DeclineOfferRequest request) {
        return OfferResponse.of(
                offers.decline(offerId, request, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{offerId}/withdrawal")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "withdrawOffer",
            summary = "Withdraw an open offer. Role: coordinator",
            description =
                    "Withdraws the offer; its persons move back to NOT_OFFERED and can be offered again, and"
                            + " any seats it held are released.")
    @APIResponse(
            responseCode = "200",
            description = "Offer withdrawn",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OfferResponse.class),
                            examples =
                                    @ExampleObject(name = "withdrawn", value = Examples.WITHDRAWN)))
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Offer no longer open",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "closed", value = Examples.CLOSED)))
    public OfferResponse withdraw(
            @PathParam("offerId") UUID offerId, @Valid @NotNull WithdrawOfferRequest request) {
        return OfferResponse.of(
                offers.withdraw(offerId, request, identity.getPrincipal().getName()));
    }
}
