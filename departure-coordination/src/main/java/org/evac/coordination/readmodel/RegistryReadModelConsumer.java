package org.evac.coordination.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.events.StatisticsChanged;
import org.evac.coordination.events.UpstreamEvents;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Keeps persons, households and contact attempts as the registry announces them. Replayable: see
 * {@link ReadModelReplay}.
 */
@ApplicationScoped
public class RegistryReadModelConsumer implements EventConsumer {

    public static final String NAME = "coordination-registry-read-model";

    private static final Set<String> PERSON_TYPES =
            Set.of(
                    UpstreamEvents.PERSON_REGISTERED,
                    UpstreamEvents.PERSON_UPDATED,
                    UpstreamEvents.PERSON_VERIFIED,
                    UpstreamEvents.PERSON_REJECTED,
                    UpstreamEvents.PERSON_DEPARTED);
    private static final Set<String> TYPES =
            Set.of(
                    UpstreamEvents.PERSON_REGISTERED,
                    UpstreamEvents.PERSON_UPDATED,
                    UpstreamEvents.PERSON_VERIFIED,
                    UpstreamEvents.PERSON_REJECTED,
                    UpstreamEvents.PERSON_DEPARTED,
                    UpstreamEvents.PERSONS_MERGED,
                    UpstreamEvents.HOUSEHOLD_CHANGED,
                    UpstreamEvents.CONTACT_ATTEMPT_RECORDED);

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final PersonViewWriter persons;
    private final Event<StatisticsChanged> changed;

    public RegistryReadModelConsumer(
            ObjectMapper mapper,
            EntityManager entityManager,
            PersonViewWriter persons,
            Event<StatisticsChanged> changed) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.persons = persons;
        this.changed = changed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(UpstreamEvents.REGISTRY_TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        handleAll(List.of(event));
    }

    /**
     * Person snapshots, the bulk of the registry's events (an import announces every new person),
     * are written a run at a time with one statement; any other event ends the run and is applied
     * in its place, so the order of effects is that of the events.
     */
    @Override
    public void handleAll(List<IncomingEvent> events) {
        List<PersonViewWriter.Timed> run = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (PERSON_TYPES.contains(event.type())) {
                run.add(
                        new PersonViewWriter.Timed(
                                event.dataAs(PersonSnapshot.class, mapper), event.time()));
                continue;
            }
            persons.write(run);
            run.clear();
            if (UpstreamEvents.PERSONS_MERGED.equals(event.type())) {
                applyMerge(event.dataAs(PersonsMerged.class, mapper));
            } else if (UpstreamEvents.HOUSEHOLD_CHANGED.equals(event.type())) {
                applyHousehold(event.dataAs(HouseholdChanged.class, mapper));
            } else {
                applyContactAttempt(event.dataAs(ContactAttemptRecorded.class, mapper));
            }
        }
        persons.write(run);
        changed.fire(StatisticsChanged.INSTANCE);
    }

    /** Deletes every row this consumer owns, in the replay's transaction. */
    void reset() {
        for (String table :
                List.of(
                        "person_view",
                        "person_merge_view",
                        "household_view",
                        "contact_attempt_view")) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    private void applyMerge(PersonsMerged merged) {
        entityManager
                .createNativeQuery(
                        """
                insert into person_merge_view (merged_id, survivor_id) values (?1, ?2)
                on conflict (merged_id) do update set survivor_id = ?2""")
                .setParameter(1, merged.mergedId())
                .setParameter(2, merged.survivorId())
                .executeUpdate();
        PersonView person = PersonView.findById(merged.mergedId());
        if (person != null) {
            person.mergedInto = merged.survivorId();
        }
    }

    private void applyHousehold(HouseholdChanged household) {
        HouseholdView view = HouseholdView.findById(household.householdId());
        if (view == null) {
            view = new HouseholdView();
            view.householdId = household.householdId();
        } else if (view.version > household.version()) {
            return;
        }
        view.headPersonId = household.headPersonId();
        view.version = household.version();
        view.persist();
        List<UUID> members =
                household.members() == null
                        ? List.of()
                        : household.members().stream()
                                .map(HouseholdChanged.Member::personId)
                                .toList();
        PersonView.update(
                "householdId = null where householdId = ?1 and personId not in ?2",
                household.householdId(),
                members.isEmpty() ? List.of(household.householdId()) : members);
        if (!members.isEmpty()) {
            PersonView.update(
                    "householdId = ?1 where personId in ?2", household.householdId(), members);
        }
    }

    private void applyContactAttempt(ContactAttemptRecorded attempt) {
        entityManager
                .createNativeQuery(
                        """
                insert into contact_attempt_view (attempt_id, person_id, channel, outcome, attempted_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict (attempt_id) do nothing""")
                .setParameter(1, attempt.attemptId())
                .setParameter(2, attempt.personId())
                .setParameter(3, attempt.channel())
                .setParameter(4, attempt.outcome())
                .setParameter(5, attempt.attemptedAt())
                .executeUpdate();
    }
}
