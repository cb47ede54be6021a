package org.evac.manifest.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.identity.IdentityFingerprints;
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
    private final IdentityFingerprints fingerprints;
    private final Event<ReadModelChanged> changed;

    public RegistryConsumer(
            ObjectMapper mapper,
            IdentityFingerprints fingerprints,
            Event<ReadModelChanged> changed) {
        this.mapper = mapper;
        this.fingerprints = fingerprints;
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

    /** Applies every event, then has the checks that may involve those persons evaluated once. */
    @Override
    public void handleAll(List<IncomingEvent> events) {
        Set<UUID> persons = new HashSet<>();
        for (IncomingEvent event : events) {
            if (RegistryEvents.PERSONS_MERGED.equals(event.type())) {
                PersonsMerged merged = event.dataAs(PersonsMerged.class, mapper);
                merge(merged);
                persons.add(merged.mergedId());
                persons.add(merged.survivorId());
            } else {
                PersonSnapshot snapshot = event.dataAs(PersonSnapshot.class, mapper);
                apply(snapshot);
                persons.add(snapshot.personId());
            }
        }
        changed.fire(new ReadModelChanged(Set.of(), persons));
    }

    /** Empties the read model before a replay. */
    public static void reset() {
        RegisteredDocument.deleteAll();
        RegisteredPerson.deleteAll();
    }

    private void apply(PersonSnapshot snapshot) {
        RegisteredPerson person = RegisteredPerson.findById(snapshot.personId());
        if (person != null && !newer(snapshot, person)) {
            return;
        }
        boolean known = person != null;
        if (!known) {
            person = new RegisteredPerson();
            person.personId = snapshot.personId();
        }
        person.fingerprintKey = snapshot.fingerprints().key();
        person.fingerprintScheme = snapshot.fingerprints().schemeOrFirst();
        person.familyNameFingerprint = snapshot.fingerprints().familyName();
        person.birthDateFingerprint = snapshot.fingerprints().birthDate();
        person.status = snapshot.status();
        person.version = snapshot.version();
        if (!known) {
            person.persist();
        }
        List<String> documents =
                snapshot.fingerprints().documents() == null
                        ? List.of()
                        : snapshot.fingerprints().documents().stream()
                                .map(RegistryEvents.DocumentFingerprint::fingerprint)
                                .toList();
        // A document moves to the person that now holds it (a corrected record, or duplicates
        // before a merge).
        RegisteredDocument.delete(
                "person.personId = ?1 or fingerprint in ?2",
                person.personId,
                documents.isEmpty() ? List.of("") : documents);
        for (String fingerprint : documents) {
            RegisteredDocument document = new RegisteredDocument();
            document.fingerprint = fingerprint;
            document.person = person;
            document.persist();
        }
    }

    /**
     * A later version, or the same version republished under this service's current key or a later
     * scheme (a rotation): the registry republishes without changing the person, and a redelivered
     * older snapshot of that version must not undo it.
     */
    private boolean newer(PersonSnapshot snapshot, RegisteredPerson stored) {
        if (snapshot.version() != stored.version) {
            return snapshot.version() > stored.version;
        }
        String key = snapshot.fingerprints().key();
        int scheme = snapshot.fingerprints().schemeOrFirst();
        boolean toCurrentKey =
                key.equals(fingerprints.current().id())
                        && !stored.key().equals(fingerprints.current().id());
        boolean laterScheme = key.equals(stored.key()) && scheme > stored.scheme();
        return toCurrentKey || laterScheme;
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
