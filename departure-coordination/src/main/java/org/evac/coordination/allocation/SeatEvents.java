package org.evac.coordination.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.events.SeatChange;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.outbox.Outbox;

/** Publishes SeatAssigned / SeatReleased, one event per household (or lone person) and flight. */
@ApplicationScoped
public class SeatEvents {

    private final Outbox outbox;

    public SeatEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(UUID flightId, Collection<UUID> personIds, String reason) {
        publish(CoordinationEvents.SEAT_ASSIGNED, flightId, personIds, reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(UUID flightId, Collection<UUID> personIds, String reason) {
        publish(CoordinationEvents.SEAT_RELEASED, flightId, personIds, reason);
    }

    private void publish(String type, UUID flightId, Collection<UUID> personIds, String reason) {
        Map<UUID, List<UUID>> byHousehold = new LinkedHashMap<>();
        List<UUID> alone = new ArrayList<>();
        for (UUID personId : personIds.stream().sorted().toList()) {
            UUID household =
                    PersonView.<PersonView>findByIdOptional(personId)
                            .map(p -> p.householdId)
                            .orElse(null);
            if (household == null) {
                alone.add(personId);
            } else {
                byHousehold.computeIfAbsent(household, h -> new ArrayList<>()).add(personId);
            }
        }
        byHousehold.forEach(
                (household, members) ->
                        record(type, new SeatChange(flightId, household, members, reason)));
        alone.forEach(
                person -> record(type, new SeatChange(flightId, null, List.of(person), reason)));
    }

    private void record(String type, SeatChange change) {
        outbox.record(CoordinationEvents.TOPIC, change.key(), type, change);
    }
}
