package org.evac.coordination.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.evac.coordination.events.UpstreamEvents;
import org.evac.coordination.journey.Journey;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.coordination.messaging.MessagingConfig;
import org.evac.coordination.readmodel.FlightSnapshot;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Tells the passengers holding seats on a flight when it is delayed: its status turns DELAYED, or
 * its departure moves later by at least {@code evac.messaging.delay-threshold}. It keeps its own
 * record of what passengers were told ({@code flight_notice}), so it does not depend on the order
 * in which the flight read model sees the same events. Owned state: never replayed.
 */
@ApplicationScoped
public class FlightNoticeConsumer implements EventConsumer {

    private static final Set<String> TYPES =
            Set.of(UpstreamEvents.FLIGHT_SCHEDULED, UpstreamEvents.FLIGHT_UPDATED);
    private static final String DELAYED = "DELAYED";

    private final ObjectMapper mapper;
    private final MessageRequests messages;
    private final MessagingConfig config;

    public FlightNoticeConsumer(
            ObjectMapper mapper, MessageRequests messages, MessagingConfig config) {
        this.mapper = mapper;
        this.messages = messages;
        this.config = config;
    }

    @Override
    public String name() {
        return "coordination-flight-notices";
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
        FlightSnapshot flight = event.dataAs(FlightSnapshot.class, mapper);
        if (flight.flightId() == null || flight.scheduledDeparture() == null) {
            return;
        }
        FlightNotice notice = FlightNotice.findById(flight.flightId());
        if (notice == null) {
            notice = new FlightNotice();
            notice.flightId = flight.flightId();
            notice.scheduledDeparture = flight.scheduledDeparture();
            notice.status = flight.status();
            notice.persist();
            return;
        }
        boolean later =
                flight.scheduledDeparture()
                        .isAfter(notice.scheduledDeparture.plus(config.delayThreshold()));
        boolean delayed = DELAYED.equals(flight.status()) && !DELAYED.equals(notice.status);
        if (later || delayed) {
            var passengers =
                    Journey.onFlight(
                                    flight.flightId(),
                                    EnumSet.of(JourneyState.SEAT_ASSIGNED, JourneyState.MANIFESTED))
                            .stream()
                            .map(journey -> journey.personId)
                            .toList();
            if (!passengers.isEmpty()) {
                messages.flightDelayed(
                        flight.flightId(),
                        flight.flightNumber(),
                        flight.origin(),
                        flight.scheduledDeparture(),
                        passengers);
            }
        }
        notice.scheduledDeparture = flight.scheduledDeparture();
        notice.status = flight.status();
    }
}
