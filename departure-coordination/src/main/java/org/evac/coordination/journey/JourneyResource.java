package org.evac.coordination.journey;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/journeys/{personId}")
@Tag(name = "Journeys", description = "Each person's departure journey with its full history")
public class JourneyResource {

    private final JourneyService journeys;
    private final SecurityIdentity identity;

    public JourneyResource(JourneyService journeys, SecurityIdentity identity) {
        this.journeys = journeys;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "getJourney",
            summary =
                    "A person's journey: state, flight, legal next steps and the full history. Roles: coordinator, admin",
            description =
                    "The person's departure journey (NOT_OFFERED for a known person never offered), the"
                            + " states it may move to next and every step taken, with actor, time, reason,"
                            + " flight and source event.")
    @APIResponse(
            responseCode = "200",
            description = "The journey",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponse.class),
                            examples = @ExampleObject(name = "journey", value = Examples.JOURNEY)))
    public JourneyResponse get(@PathParam("personId") UUID personId) {
        Journey journey = journeys.find(personId).orElse(null);
        if (journey == null && PersonView.findById(personId) == null) {
            throw ProblemException.notFound("Person", personId);
        }
        return JourneyResponse.of(personId, journey, JourneyTransition.history(personId));
    }

    @POST
    @Path("/transitions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "transitionJourney",
            summary =
                    "Record a manifest, boarding, no-show, departure, arrival or onward step by hand. Role: coordinator",
            description =
                    "For steps flight-manifest cannot report (e.g. an arrival confirmed by the Doha team)."
                            + " Offers and seat allocation set the other states; a step the state machine does"
                            + " not allow from the current state is refused.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "onward", value = Examples.TRANSITION)))
    @APIResponse(
            responseCode = "200",
            description = "The journey after the step",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponse.class),
                            examples = @ExampleObject(name = "journey", value = Examples.JOURNEY)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Illegal transition, or a step set only by offers and allocation",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(name = "illegal", value = Examples.ILLEGAL),
                                @ExampleObject(name = "not manual", value = Examples.NOT_MANUAL)
                            }))
    public JourneyResponse transition(
            @PathParam("personId") UUID personId, @Valid @NotNull TransitionRequest request) {
        Journey journey =
                journeys.recordByHand(personId, request, identity.getPrincipal().getName());
        return JourneyResponse.of(personId, journey, JourneyTransition.history(personId));
    }
}
