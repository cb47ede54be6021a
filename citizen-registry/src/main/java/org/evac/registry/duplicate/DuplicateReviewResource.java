package org.evac.registry.duplicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.duplicate.DuplicateReview.Status;

@Path("/api/v1/duplicate-reviews")
@Tag(name = "Duplicates", description = "Likely duplicates across sources, and merging them")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateReviewResource {

    static final int MAX_PAGE_SIZE = 200;

    private final DuplicateReviews reviews;

    public DuplicateReviewResource(DuplicateReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "listDuplicateReviews",
            summary = "The review queue of possible duplicates",
            description =
                    "Pairs found by registrations, imports and the sweep, strongest first, with both"
                            + " persons and every factor of the score")
    @APIResponse(
            responseCode = "200",
            description = "One page of pairs with the total",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DuplicateReviewPage.class),
                            examples = @ExampleObject(name = "200", value = Examples.REVIEW_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or a page out of range",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    public DuplicateReviewPage list(
            @QueryParam("status")
                    @DefaultValue("OPEN")
                    @Parameter(description = "OPEN (the default), SAME or DIFFERENT")
                    Status status,
            @QueryParam("personId") @Parameter(description = "Only the pairs of this person")
                    UUID personId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return reviews.list(status, personId, page, size);
    }

    @GET
    @Path("{reviewId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "getDuplicateReview", summary = "One pair of the review queue")
    @APIResponse(
            responseCode = "200",
            description = "The pair",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DuplicateReviewView.class),
                            examples = @ExampleObject(name = "200", value = Examples.REVIEW)))
    public DuplicateReviewView get(@PathParam("reviewId") UUID id) {
        return reviews.get(id);
    }

    @POST
    @Path("{reviewId}/same")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "decideDuplicateSame",
            summary = "Decide a pair is one person, and merge it",
            description =
                    "The other person of the pair merges into survivorId, as mergePerson does;"
                            + " the pair is closed as SAME")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDecisions.Same.class),
                            examples = @ExampleObject(name = "request", value = Examples.SAME)))
    @APIResponse(
            responseCode = "200",
            description = "The pair, decided",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DuplicateReviewView.class),
                            examples = @ExampleObject(name = "200", value = Examples.REVIEW)))
    @APIResponse(
            responseCode = "400",
            description = "No reason, or a survivor outside the pair",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Decided already, or the persons cannot be merged (different households)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.DECIDED)))
    public DuplicateReviewView same(
            @PathParam("reviewId") UUID id, @Valid @NotNull ReviewDecisions.Same decision) {
        return reviews.same(id, decision);
    }

    @POST
    @Path("{reviewId}/different")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "decideDuplicateDifferent",
            summary = "Decide a pair is two people",
            description =
                    "Remembered: the pair is never queued or listed as a candidate of one another again")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDecisions.Different.class),
                            examples =
                                    @ExampleObject(name = "request", value = Examples.DIFFERENT)))
    @APIResponse(
            responseCode = "200",
            description = "The pair, decided",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DuplicateReviewView.class),
                            examples = @ExampleObject(name = "200", value = Examples.REVIEW)))
    @APIResponse(
            responseCode = "400",
            description = "No reason",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Decided already",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.DECIDED)))
    public DuplicateReviewView different(
            @PathParam("reviewId") UUID id, @Valid @NotNull ReviewDecisions.Different decision) {
        return reviews.different(id, decision);
    }
}
