package org.evac.coordination.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.events.SeatChange;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.outbox.Outbox;

/**
 * Publishes SeatAssigned / SeatReleased, one event per household (or lone person) and flight, and
 * asks for the seat message to the household.
 */
@ApplicationScoped
public class SeatEvents {

    private final Outbox outbox;
    private final MessageRequests messages;

    public SeatEvents(Outbox outbox, MessageRequests messages) {
        this.outbox = outbox;
        this.messages = messages;
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
        for (PersonView.Together party : PersonView.together(personIds)) {
            SeatChange change =
                    new SeatChange(flightId, party.householdId(), party.personIds(), reason);
            record(type, change);
            if (type.equals(CoordinationEvents.SEAT_ASSIGNED)) {
                messages.seatAssigned(flightId, party);
            }
        }
    }

    private void record(String type, SeatChange change) {
        outbox.record(CoordinationEvents.TOPIC, change.key(), type, change);
    }
}
