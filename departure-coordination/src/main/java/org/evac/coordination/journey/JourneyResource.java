package org.evac.coordination.journey;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    /**
     * Steps a coordinator may record by hand; the others follow from offers, allocation and
     * manifest events.
     */
    static final Set<JourneyState> MANUAL =
            EnumSet.of(
                    JourneyState.MANIFESTED,
                    JourneyState.BOARDED,
                    JourneyState.NO_SHOW,
                    JourneyState.DEPARTED,
                    JourneyState.ARRIVED_DOHA,
                    JourneyState.ONWARD);

    private final JourneyService journeys;
    private final SecurityIdentity identity;

    public JourneyResource(JourneyService journeys, SecurityIdentity identity) {
        this.journeys = journeys;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            summary =
                    "A person's journey: state, flight, legal next steps and the full history. Roles: coordinator, admin")
    @APIResponse(
            responseCode = "200",
            description = "The journey",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "journey", value = Examples.JOURNEY)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public JourneyResponse get(@PathParam("personId") UUID personId) {
        Journey journey = journeys.find(personId).orElse(null);
        if (journey == null && PersonView.findById(personId) == null) {
            throw ProblemException.notFound("Person", personId);
        }
        return JourneyResponse.of(personId, journey, JourneyTransition.history(personId));
    }

    @POST
    @Path("/transitions")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary =
                    "Record a manifest, boarding, no-show, departure, arrival or onward step by hand. Role: coordinator")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(name = "onward", value = Examples.TRANSITION)))
    @APIResponse(
            responseCode = "200",
            description = "The journey after the step",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "journey", value = Examples.JOURNEY)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
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
        if (PersonView.findById(personId) == null) {
            throw ProblemException.notFound("Person", personId);
        }
        if (!MANUAL.contains(request.to())) {
            throw ProblemException.conflict(
                    "step-not-manual",
                    "Step not recorded by hand",
                    request.to() + " is set through offers or seat allocation");
        }
        if (request.to() == JourneyState.ONWARD
                && (request.onwardFlight() == null || request.onwardFlight().isBlank())) {
            throw ProblemException.invalid(
                    "An onward step names the onward flight",
                    List.of(new Problem.FieldError("onwardFlight", "required for ONWARD")));
        }
        Journey journey =
                journeys.move(
                        personId,
                        Step.by(identity.getPrincipal().getName(), request.to(), request.reason())
                                .onward(request.onwardFlight()));
        return JourneyResponse.of(personId, journey, JourneyTransition.history(personId));
    }
}
