package org.evac.manifest.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.readmodel.CoordinationEvents.SeatChange;

/** Keeps which persons departure-coordination has given a seat on which flight. */
@ApplicationScoped
public class CoordinationConsumer implements EventConsumer {

    public static final String NAME = "flight-manifest-coordination";

    private final ObjectMapper mapper;
    private final Event<ReadModelChanged> changed;

    public CoordinationConsumer(ObjectMapper mapper, Event<ReadModelChanged> changed) {
        this.mapper = mapper;
        this.changed = changed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ManifestTopics.COORDINATION);
    }

    @Override
    public boolean accepts(String eventType) {
        return CoordinationEvents.SEAT_ASSIGNED.equals(eventType)
                || CoordinationEvents.SEAT_RELEASED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        handleAll(List.of(event));
    }

    /** Applies every seat change, then has the checks of the flights concerned evaluated once. */
    @Override
    public void handleAll(List<IncomingEvent> events) {
        Set<UUID> flights = new HashSet<>();
        for (IncomingEvent event : events) {
            flights.add(apply(event));
        }
        changed.fire(new ReadModelChanged(flights, Set.of()));
    }

    private UUID apply(IncomingEvent event) {
        SeatChange change = event.dataAs(SeatChange.class, mapper);
        for (var personId : change.personIds()) {
            var key = new SeatAllocation.Key(personId, change.flightId());
            SeatAllocation existing = SeatAllocation.findById(key);
            if (CoordinationEvents.SEAT_RELEASED.equals(event.type())) {
                if (existing != null) {
                    existing.delete();
                }
            } else if (existing == null) {
                SeatAllocation seat = new SeatAllocation();
                seat.key = key;
                seat.householdId = change.householdId();
                seat.persist();
            }
        }
        return change.flightId();
    }

    /** Empties the read model before a replay. */
    public static void reset() {
        SeatAllocation.deleteAll();
    }
}
