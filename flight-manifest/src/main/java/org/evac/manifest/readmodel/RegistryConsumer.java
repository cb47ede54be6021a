package org.evac.manifest.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.readmodel.RegistryEvents.PersonSnapshot;
import org.evac.manifest.readmodel.RegistryEvents.PersonsMerged;

/**
 * Keeps the fingerprints of registered persons, by which manifest lines are matched without clear
 * data.
 */
@ApplicationScoped
public class RegistryConsumer implements EventConsumer {

    public static final String NAME = "flight-manifest-registry";

    private final ObjectMapper mapper;
    private final RegisteredPersonWriter writer;
    private final Event<ReadModelChanged> changed;

    public RegistryConsumer(
            ObjectMapper mapper, RegisteredPersonWriter writer, Event<ReadModelChanged> changed) {
        this.mapper = mapper;
        this.writer = writer;
        this.changed = changed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ManifestTopics.REGISTRY);
    }

    @Override
    public boolean accepts(String eventType) {
        return (eventType.startsWith(RegistryEvents.PERSON_PREFIX) && eventType.endsWith(".v1"))
                || RegistryEvents.PERSONS_MERGED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        handleAll(List.of(event));
    }

    /**
     * Applies every event, snapshots a run at a time between merges (in the order the events came),
     * then has the checks that may involve those persons evaluated once.
     */
    @Override
    public void handleAll(List<IncomingEvent> events) {
        Set<UUID> persons = new HashSet<>();
        List<PersonSnapshot> run = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (RegistryEvents.PERSONS_MERGED.equals(event.type())) {
                writer.write(run);
                run.clear();
                PersonsMerged merged = event.dataAs(PersonsMerged.class, mapper);
                merge(merged);
                persons.add(merged.mergedId());
                persons.add(merged.survivorId());
            } else {
                PersonSnapshot snapshot = event.dataAs(PersonSnapshot.class, mapper);
                run.add(snapshot);
                persons.add(snapshot.personId());
            }
        }
        writer.write(run);
        changed.fire(new ReadModelChanged(Set.of(), persons));
    }

    /** Empties the read model before a replay. */
    public static void reset() {
        RegisteredDocument.deleteAll();
        RegisteredPerson.deleteAll();
    }

    private static void merge(PersonsMerged merged) {
        RegisteredPerson survivor = RegisteredPerson.findById(merged.survivorId());
        if (survivor != null) {
            RegisteredDocument.update(
                    "person = ?1 where person.personId = ?2", survivor, merged.mergedId());
        }
        RegisteredDocument.delete("person.personId = ?1", merged.mergedId());
        RegisteredPerson.deleteById(merged.mergedId());
    }
}
