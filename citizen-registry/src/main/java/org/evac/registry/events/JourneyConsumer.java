package org.evac.registry.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.RegistryStatus;

/**
 * Marks a person DEPARTED once departure-coordination reports them arrived in Doha or moved onward.
 */
@ApplicationScoped
public class JourneyConsumer implements EventConsumer {

    static final String TOPIC = "evac.coordination.events";
    static final String JOURNEY_STATE_CHANGED = "org.evac.coordination.journey.state-changed.v1";
    private static final Set<String> LEFT_AFGHANISTAN = Set.of("ARRIVED_DOHA", "ONWARD");

    private final PersonService persons;
    private final ObjectMapper mapper;

    public JourneyConsumer(PersonService persons, ObjectMapper mapper) {
        this.persons = persons;
        this.mapper = mapper;
    }

    /** The part of coordination's journey event this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JourneyStateChanged(
            UUID personId, String from, String to, UUID flightId, Instant at) {}

    @Override
    public String name() {
        return "registry-journeys";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return JOURNEY_STATE_CHANGED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        JourneyStateChanged change = event.dataAs(JourneyStateChanged.class, mapper);
        if (change.personId() == null || !LEFT_AFGHANISTAN.contains(change.to())) {
            return;
        }
        Person person = Person.findById(persons.survivorOf(change.personId()));
        if (person == null) {
            Log.warnf(
                    "Journey event %s names unknown person %s; ignored",
                    event.id(), change.personId());
            return;
        }
        if (person.status == RegistryStatus.DEPARTED) {
            return;
        }
        var before = persons.view(person, false);
        person.status = RegistryStatus.DEPARTED;
        person.statusReason =
                change.to() + (change.flightId() == null ? "" : " on flight " + change.flightId());
        persons.changed(person, EventTypes.PERSON_DEPARTED, "DEPARTED", before);
    }
}
