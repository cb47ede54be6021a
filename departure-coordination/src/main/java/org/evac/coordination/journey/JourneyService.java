package org.evac.coordination.journey;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.events.JourneyStateChanged;
import org.evac.coordination.events.StatisticsChanged;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

/**
 * The only writer of journeys: every step is checked against {@link JourneyStateMachine}, recorded
 * and published.
 */
@ApplicationScoped
public class JourneyService {

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

    private final Outbox outbox;
    private final Event<StatisticsChanged> changed;
    private final Clock clock;

    public JourneyService(Outbox outbox, Event<StatisticsChanged> changed, Clock clock) {
        this.outbox = outbox;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JourneyState stateOf(UUID personId) {
        return find(personId).map(journey -> journey.state).orElse(JourneyState.NOT_OFFERED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Journey> find(UUID personId) {
        return Journey.findByIdOptional(personId);
    }

    /** Applies the step or answers 409 with the states that would have been legal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Journey move(UUID personId, Step step) {
        Journey journey = find(personId).orElseGet(() -> fresh(personId));
        if (!JourneyStateMachine.allowed(journey.state, step.to())) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "illegal-journey-transition",
                                    "Illegal journey transition",
                                    "A journey in state "
                                            + journey.state
                                            + " cannot move to "
                                            + step.to())
                            .with("personId", personId)
                            .with("state", journey.state)
                            .with("allowed", JourneyStateMachine.next(journey.state)));
        }
        return apply(journey, step);
    }

    /**
     * For steps driven by another service's events: an impossible step is skipped and logged
     * instead of failing the whole event, which may concern many other persons.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean moveIfAllowed(UUID personId, Step step) {
        Optional<Journey> journey = find(personId);
        JourneyState from = journey.map(j -> j.state).orElse(JourneyState.NOT_OFFERED);
        if (!JourneyStateMachine.allowed(from, step.to())) {
            Log.warnf(
                    "Journey of person %s stays %s: %s does not allow %s (event %s)",
                    personId, from, from, step.to(), step.sourceEvent());
            return false;
        }
        apply(journey.orElseGet(() -> fresh(personId)), step);
        return true;
    }

    /**
     * A step recorded by a coordinator: only the manifest-side steps, never those offers or
     * allocation own.
     */
    @Transactional
    public Journey recordByHand(UUID personId, TransitionRequest request, String actor) {
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
        return move(
                personId,
                Step.by(actor, request.to(), request.reason()).onward(request.onwardFlight()));
    }

    private Journey fresh(UUID personId) {
        Journey journey = new Journey();
        journey.personId = personId;
        journey.state = JourneyState.NOT_OFFERED;
        return journey;
    }

    private Journey apply(Journey journey, Step step) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        JourneyState from = journey.state;
        UUID flight = step.flightId() != null ? step.flightId() : journey.flightId;
        switch (step.to()) {
            case SEAT_ASSIGNED -> journey.flightId = step.flightId();
            case ACCEPTED -> {
                journey.flightId = null;
                if (journey.acceptedAt == null) {
                    journey.acceptedAt = now;
                }
            }
            case NO_SHOW -> journey.flightId = null;
            case NOT_OFFERED, DECLINED, OFFERED -> {
                journey.flightId = null;
                journey.acceptedAt = null;
            }
            case ONWARD -> journey.onwardFlight = step.onwardFlight();
            default -> {
                // MANIFESTED, BOARDED, DEPARTED and ARRIVED_DOHA keep the flight the person is on.
            }
        }
        journey.state = step.to();
        journey.updatedAt = now;
        journey.persist();

        JourneyTransition transition = new JourneyTransition();
        transition.personId = journey.personId;
        transition.fromState = from;
        transition.toState = step.to();
        transition.flightId = flight;
        transition.at = now;
        transition.actor = step.actor();
        transition.reason = step.reason();
        transition.sourceEvent = step.sourceEvent();
        transition.persist();

        outbox.record(
                CoordinationEvents.TOPIC,
                journey.personId.toString(),
                CoordinationEvents.JOURNEY_STATE_CHANGED,
                new JourneyStateChanged(
                        journey.personId,
                        from.name(),
                        step.to().name(),
                        flight,
                        now,
                        step.reason()));
        changed.fire(StatisticsChanged.INSTANCE);
        return journey;
    }
}
