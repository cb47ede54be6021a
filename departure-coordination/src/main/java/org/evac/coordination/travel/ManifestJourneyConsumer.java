package org.evac.coordination.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.allocation.SeatEvents;
import org.evac.coordination.events.UpstreamEvents;
import org.evac.coordination.journey.Journey;
import org.evac.coordination.journey.JourneyService;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.journey.Step;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.coordination.readmodel.FlightMovement;
import org.evac.coordination.readmodel.FlightSnapshot;
import org.evac.coordination.readmodel.ManifestRevisionSubmitted;
import org.evac.coordination.readmodel.PassengerFact;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Moves journeys on flight-manifest's facts: manifested, boarded, no-show, departed, arrived, and a
 * cancelled flight that returns its passengers to the accepted pool; the passengers are told of a
 * cancellation and welcomed in Doha. Owned state: never replayed.
 */
@ApplicationScoped
public class ManifestJourneyConsumer implements EventConsumer {

    public static final String NAME = "coordination-journeys";
    static final String ACTOR = "flight-manifest";

    private static final Set<String> TYPES =
            Set.of(
                    UpstreamEvents.FLIGHT_CANCELLED,
                    UpstreamEvents.MANIFEST_REVISION_SUBMITTED,
                    UpstreamEvents.MANIFEST_CHECKS_EVALUATED,
                    UpstreamEvents.PASSENGER_BOARDED,
                    UpstreamEvents.PASSENGER_NO_SHOW,
                    UpstreamEvents.FLIGHT_DEPARTED,
                    UpstreamEvents.FLIGHT_ARRIVED);

    private final ObjectMapper mapper;
    private final JourneyService journeys;
    private final SeatEvents seatEvents;
    private final MessageRequests messages;

    public ManifestJourneyConsumer(
            ObjectMapper mapper,
            JourneyService journeys,
            SeatEvents seatEvents,
            MessageRequests messages) {
        this.mapper = mapper;
        this.journeys = journeys;
        this.seatEvents = seatEvents;
        this.messages = messages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(UpstreamEvents.MANIFEST_TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        String source = event.type() + " " + event.id();
        switch (event.type()) {
            case UpstreamEvents.MANIFEST_REVISION_SUBMITTED,
                            UpstreamEvents.MANIFEST_CHECKS_EVALUATED ->
                    manifested(event.dataAs(ManifestRevisionSubmitted.class, mapper), source);
            case UpstreamEvents.PASSENGER_BOARDED ->
                    boarded(event.dataAs(PassengerFact.class, mapper), source);
            case UpstreamEvents.PASSENGER_NO_SHOW ->
                    noShow(event.dataAs(PassengerFact.class, mapper), source);
            case UpstreamEvents.FLIGHT_DEPARTED ->
                    moveAll(
                            event.dataAs(FlightMovement.class, mapper),
                            JourneyState.DEPARTED,
                            "flight departed",
                            source);
            case UpstreamEvents.FLIGHT_ARRIVED ->
                    moveAll(
                            event.dataAs(FlightMovement.class, mapper),
                            JourneyState.ARRIVED_DOHA,
                            "arrived in Doha",
                            source);
            default -> cancelled(event.dataAs(FlightSnapshot.class, mapper), source);
        }
    }

    private void manifested(ManifestRevisionSubmitted revision, String source) {
        Set<UUID> listed =
                new HashSet<>(
                        revision.manifestedPersonIds() == null
                                ? List.of()
                                : revision.manifestedPersonIds());
        for (UUID personId : listed.stream().sorted().toList()) {
            Journey journey = Journey.findById(personId);
            if (journey != null && revision.flightId().equals(journey.flightId)) {
                journeys.moveIfAllowed(
                        personId,
                        step(
                                        JourneyState.MANIFESTED,
                                        "on manifest revision " + revision.revision(),
                                        source)
                                .onFlight(revision.flightId()));
            }
        }
        for (Journey journey :
                Journey.onFlight(revision.flightId(), EnumSet.of(JourneyState.MANIFESTED))) {
            if (!listed.contains(journey.personId)) {
                journeys.moveIfAllowed(
                        journey.personId,
                        step(
                                        JourneyState.SEAT_ASSIGNED,
                                        "not on manifest revision " + revision.revision(),
                                        source)
                                .onFlight(revision.flightId()));
            }
        }
    }

    private void boarded(PassengerFact fact, String source) {
        if (onFlight(fact)) {
            journeys.moveIfAllowed(
                    fact.personId(),
                    step(JourneyState.BOARDED, "boarded", source).onFlight(fact.flightId()));
        }
    }

    private void noShow(PassengerFact fact, String source) {
        if (onFlight(fact)
                && journeys.moveIfAllowed(
                        fact.personId(),
                        step(JourneyState.NO_SHOW, "did not board", source)
                                .onFlight(fact.flightId()))) {
            seatEvents.released(fact.flightId(), List.of(fact.personId()), "no-show");
        }
    }

    private void moveAll(FlightMovement movement, JourneyState to, String reason, String source) {
        List<UUID> moved = new ArrayList<>();
        for (UUID personId :
                movement.personIds() == null ? List.<UUID>of() : movement.personIds()) {
            Journey journey = Journey.findById(personId);
            if (journey != null
                    && movement.flightId().equals(journey.flightId)
                    && journeys.moveIfAllowed(
                            personId, step(to, reason, source).onFlight(movement.flightId()))) {
                moved.add(personId);
            }
        }
        if (to == JourneyState.ARRIVED_DOHA && !moved.isEmpty()) {
            messages.arrived(movement.flightId(), moved);
        }
    }

    private void cancelled(FlightSnapshot flight, String source) {
        List<UUID> released = new ArrayList<>();
        for (Journey journey :
                Journey.onFlight(
                        flight.flightId(),
                        EnumSet.of(JourneyState.SEAT_ASSIGNED, JourneyState.MANIFESTED))) {
            if (journeys.moveIfAllowed(
                    journey.personId,
                    step(JourneyState.ACCEPTED, "flight cancelled", source)
                            .onFlight(flight.flightId()))) {
                released.add(journey.personId);
            }
        }
        if (!released.isEmpty()) {
            seatEvents.released(flight.flightId(), released, "flight cancelled");
            messages.flightCancelled(flight.flightId(), flight.flightNumber(), released);
        }
    }

    private boolean onFlight(PassengerFact fact) {
        if (fact.personId() == null) {
            return false;
        }
        Journey journey = Journey.findById(fact.personId());
        return journey != null && fact.flightId().equals(journey.flightId);
    }

    private static Step step(JourneyState to, String reason, String source) {
        return Step.by(ACTOR, to, reason).causedBy(source);
    }
}
