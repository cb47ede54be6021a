package org.evac.coordination.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.events.StatisticsChanged;
import org.evac.coordination.events.UpstreamEvents;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Keeps flights and the manifest and boarding facts flight-manifest announces. Replayable: see
 * {@link ReadModelReplay}. The journeys these facts move are owned state, driven by a separate
 * consumer.
 */
@ApplicationScoped
public class ManifestReadModelConsumer implements EventConsumer {

    public static final String NAME = "coordination-manifest-read-model";

    private static final Set<String> TYPES =
            Set.of(
                    UpstreamEvents.FLIGHT_SCHEDULED,
                    UpstreamEvents.FLIGHT_UPDATED,
                    UpstreamEvents.FLIGHT_CANCELLED,
                    UpstreamEvents.MANIFEST_REVISION_SUBMITTED,
                    UpstreamEvents.MANIFEST_CHECKS_EVALUATED,
                    UpstreamEvents.PASSENGER_BOARDED,
                    UpstreamEvents.PASSENGER_NO_SHOW,
                    UpstreamEvents.FLIGHT_DEPARTED,
                    UpstreamEvents.FLIGHT_ARRIVED);

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final Event<StatisticsChanged> changed;

    public ManifestReadModelConsumer(
            ObjectMapper mapper, EntityManager entityManager, Event<StatisticsChanged> changed) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.changed = changed;
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
        switch (event.type()) {
            case UpstreamEvents.MANIFEST_REVISION_SUBMITTED,
                            UpstreamEvents.MANIFEST_CHECKS_EVALUATED ->
                    applyRevision(event.dataAs(ManifestRevisionSubmitted.class, mapper));
            case UpstreamEvents.PASSENGER_BOARDED ->
                    applyPassenger(event.dataAs(PassengerFact.class, mapper), true);
            case UpstreamEvents.PASSENGER_NO_SHOW ->
                    applyPassenger(event.dataAs(PassengerFact.class, mapper), false);
            case UpstreamEvents.FLIGHT_DEPARTED ->
                    applyMovement(event.dataAs(FlightMovement.class, mapper), true);
            case UpstreamEvents.FLIGHT_ARRIVED ->
                    applyMovement(event.dataAs(FlightMovement.class, mapper), false);
            default -> applyFlight(event.dataAs(FlightSnapshot.class, mapper));
        }
        changed.fire(StatisticsChanged.INSTANCE);
    }

    void reset() {
        for (String table : List.of("flight_view", "manifest_passenger_view")) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    private void applyFlight(FlightSnapshot snapshot) {
        FlightView flight = FlightView.findById(snapshot.flightId());
        if (flight == null) {
            flight = new FlightView();
            flight.flightId = snapshot.flightId();
        }
        flight.operatorCode = snapshot.operatorCode();
        flight.flightNumber = snapshot.flightNumber();
        flight.origin = snapshot.origin();
        flight.destination = snapshot.destination();
        flight.scheduledDeparture = snapshot.scheduledDeparture();
        flight.scheduledArrival = snapshot.scheduledArrival();
        flight.seatCapacity = snapshot.seatCapacity();
        flight.reservedSeats = snapshot.reservedSeats();
        flight.status = snapshot.status();
        flight.persist();
    }

    private void applyRevision(ManifestRevisionSubmitted revision) {
        FlightView flight = FlightView.findById(revision.flightId());
        if (flight != null
                && flight.manifestRevision != null
                && flight.manifestRevision > revision.revision()) {
            return;
        }
        if (flight != null) {
            flight.manifestRevision = revision.revision();
        }
        List<UUID> manifested =
                revision.manifestedPersonIds() == null ? List.of() : revision.manifestedPersonIds();
        entityManager
                .createNativeQuery(
                        "update manifest_passenger_view set manifested = false where flight_id = ?1")
                .setParameter(1, revision.flightId())
                .executeUpdate();
        for (UUID personId : manifested) {
            entityManager
                    .createNativeQuery(
                            """
                    insert into manifest_passenger_view (flight_id, person_id, manifested, boarded, no_show)
                    values (?1, ?2, true, false, false)
                    on conflict (flight_id, person_id) do update set manifested = true""")
                    .setParameter(1, revision.flightId())
                    .setParameter(2, personId)
                    .executeUpdate();
        }
    }

    private void applyPassenger(PassengerFact fact, boolean boarded) {
        if (fact.personId() == null) {
            return;
        }
        entityManager
                .createNativeQuery(
                        """
                insert into manifest_passenger_view (flight_id, person_id, manifested, boarded, no_show)
                values (?1, ?2, false, ?3, ?4)
                on conflict (flight_id, person_id) do update set boarded = ?3, no_show = ?4""")
                .setParameter(1, fact.flightId())
                .setParameter(2, fact.personId())
                .setParameter(3, boarded)
                .setParameter(4, !boarded)
                .executeUpdate();
    }

    private void applyMovement(FlightMovement movement, boolean departed) {
        FlightView flight = FlightView.findById(movement.flightId());
        if (flight == null) {
            return;
        }
        if (departed) {
            flight.departedAt = movement.at();
            flight.status = "DEPARTED";
        } else {
            flight.arrivedAt = movement.at();
            flight.status = "ARRIVED";
        }
    }
}
