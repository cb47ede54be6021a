package org.evac.coordination.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.dashboard.StatisticsChanged;
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
    private final Event<StatisticsChanged> changed;

    public RegistryReadModelConsumer(
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
        return Set.of(UpstreamEvents.REGISTRY_TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (PERSON_TYPES.contains(event.type())) {
            applyPerson(event);
        } else if (UpstreamEvents.PERSONS_MERGED.equals(event.type())) {
            applyMerge(event.dataAs(PersonsMerged.class, mapper));
        } else if (UpstreamEvents.HOUSEHOLD_CHANGED.equals(event.type())) {
            applyHousehold(event.dataAs(HouseholdChanged.class, mapper));
        } else {
            applyContactAttempt(event.dataAs(ContactAttemptRecorded.class, mapper));
        }
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

    private void applyPerson(IncomingEvent event) {
        PersonSnapshot snapshot = event.dataAs(PersonSnapshot.class, mapper);
        PersonView person = PersonView.findById(snapshot.personId());
        if (person == null) {
            person = new PersonView();
            person.personId = snapshot.personId();
            person.registeredAt = event.time();
            person.mergedInto = survivorOf(snapshot.personId());
        } else if (person.version > snapshot.version()) {
            return;
        }
        person.registryNumber = snapshot.registryNumber();
        person.householdId = snapshot.householdId();
        person.category = snapshot.category();
        person.verification = snapshot.verification();
        person.departureWish = snapshot.departureWish();
        person.province = snapshot.province();
        person.vulnerabilities = PersonView.joinVulnerabilities(snapshot.vulnerabilities());
        person.status = snapshot.status();
        person.lastReachedAt = snapshot.lastReachedAt();
        person.version = snapshot.version();
        person.persist();
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

    private UUID survivorOf(UUID personId) {
        List<?> survivor =
                entityManager
                        .createNativeQuery(
                                "select survivor_id from person_merge_view where merged_id = ?1")
                        .setParameter(1, personId)
                        .getResultList();
        return survivor.isEmpty() ? null : (UUID) survivor.get(0);
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
