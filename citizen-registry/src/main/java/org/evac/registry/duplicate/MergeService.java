package org.evac.registry.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.household.HouseholdService;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.PersonView;
import org.evac.registry.person.RegistryStatus;
import org.evac.registry.person.Verification;

/**
 * Merges a duplicate into the record that survives: every sub-record moves, nothing is deleted, and
 * the merged id keeps resolving to the survivor.
 */
@ApplicationScoped
public class MergeService {

    private static final List<String> MOVED_TABLES =
            List.of("person_document", "person_contact", "person_source", "contact_attempt");

    private final PersonService persons;
    private final HouseholdService households;
    private final RegistryEvents events;
    private final AuditLog audit;
    private final DuplicateReviews reviews;
    private final EntityManager entityManager;

    public MergeService(
            PersonService persons,
            HouseholdService households,
            RegistryEvents events,
            AuditLog audit,
            DuplicateReviews reviews,
            EntityManager entityManager) {
        this.persons = persons;
        this.households = households;
        this.events = events;
        this.audit = audit;
        this.reviews = reviews;
        this.entityManager = entityManager;
    }

    @Transactional
    public PersonView merge(UUID survivorId, MergeRequest request) {
        if (survivorId.equals(request.mergedId())) {
            throw ProblemException.badRequest(
                    "self-merge",
                    "Cannot merge a person into itself",
                    "survivor and merged person are the same record");
        }
        Person survivor = persons.writable(survivorId);
        Person merged = persons.writable(request.mergedId());
        if (merged.householdId != null
                && survivor.householdId != null
                && !merged.householdId.equals(survivor.householdId)) {
            throw ProblemException.conflict(
                    "households-differ",
                    "Both persons head different households",
                    "The two records belong to different households; move the members first, then merge");
        }
        reviews.merged(survivor.id, merged.id, request.reason());
        PersonView survivorBefore = persons.view(survivor, false);
        PersonView mergedBefore = persons.view(merged, false);
        for (String table : MOVED_TABLES) {
            entityManager
                    .createNativeQuery(
                            "update " + table + " set person_id = ?1 where person_id = ?2")
                    .setParameter(1, survivor.id)
                    .setParameter(2, merged.id)
                    .executeUpdate();
        }
        entityManager
                .createNativeQuery(
                        "update person set qualifying_person_id = ?1 where qualifying_person_id = ?2")
                .setParameter(1, survivor.id)
                .setParameter(2, merged.id)
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from person_match_key where person_id = ?1")
                .setParameter(1, merged.id)
                .executeUpdate();
        merged.vulnerabilities.forEach(survivor.vulnerabilities::putIfAbsent);
        if (merged.lastReachedAt != null
                && (survivor.lastReachedAt == null
                        || survivor.lastReachedAt.isBefore(merged.lastReachedAt))) {
            survivor.lastReachedAt = merged.lastReachedAt;
        }
        if (survivor.verification == Verification.UNVERIFIED
                && merged.verification != Verification.UNVERIFIED) {
            survivor.verification = merged.verification;
            survivor.verifiedBy = merged.verifiedBy;
            survivor.verifiedAt = merged.verifiedAt;
            survivor.verificationReason = merged.verificationReason;
            survivor.verificationEvidenceId = merged.verificationEvidenceId;
        }
        UUID household = merged.householdId;
        var relationship = merged.householdRelationship;
        merged.householdId = null;
        merged.householdRelationship = null;
        merged.mergedInto = survivor.id;
        merged.status = RegistryStatus.INACTIVE;
        merged.statusReason = "merged into " + survivor.registryNumber + ": " + request.reason();
        entityManager.flush();
        if (household != null && survivor.householdId == null) {
            households.replaceMember(household, merged.id, survivor, relationship);
        }
        events.merged(survivor.id, merged.id);
        PersonView after =
                persons.changed(
                        survivor, EventTypes.PERSON_UPDATED, "MERGE_SURVIVOR", survivorBefore);
        audit.change("MERGED_INTO", "person", merged.id, mergedBefore, after);
        return after;
    }
}
