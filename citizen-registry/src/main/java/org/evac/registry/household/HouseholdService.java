package org.evac.registry.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.household.HouseholdRequests.ChangeHead;
import org.evac.registry.household.HouseholdRequests.Create;
import org.evac.registry.household.HouseholdRequests.MemberInput;
import org.evac.registry.household.HouseholdRequests.MemberView;
import org.evac.registry.household.HouseholdRequests.View;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonService;

/**
 * Households: who travels together. A person belongs to one household at most; each has exactly one
 * head.
 */
@ApplicationScoped
public class HouseholdService {

    private final PersonService persons;
    private final RegistryEvents events;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    public HouseholdService(
            PersonService persons,
            RegistryEvents events,
            AuditLog audit,
            EntityManager entityManager,
            Clock clock) {
        this.persons = persons;
        this.events = events;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public View create(Create request) {
        List<MemberInput> members = request.members() == null ? List.of() : request.members();
        Set<UUID> seen = new HashSet<>(Set.of(request.headPersonId()));
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).personId())) {
                throw ProblemException.invalid(
                        "A person is listed twice",
                        List.of(new FieldError("members[" + i + "].personId", "is listed twice")));
            }
            rejectHeadRelationship(members.get(i), "members[" + i + "].relationship");
        }
        Household household = new Household();
        household.id = TimeOrderedUuid.next();
        household.createdAt = clock.instant();
        household.updatedAt = household.createdAt;
        household.headPersonId = request.headPersonId();
        household.persist();
        List<PendingChange> changes = new ArrayList<>();
        changes.add(join(household, request.headPersonId(), Relationship.HEAD));
        members.forEach(m -> changes.add(join(household, m.personId(), m.relationship())));
        return changed(household, "CREATE_HOUSEHOLD", null, changes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public View addMember(UUID id, MemberInput member) {
        Household household = find(id);
        rejectHeadRelationship(member, "relationship");
        View before = view(household);
        return changed(
                household,
                "ADD_MEMBER",
                before,
                List.of(join(household, member.personId(), member.relationship())));
    }

    @Transactional
    public View removeMember(UUID id, UUID personId) {
        Household household = find(id);
        if (personId.equals(household.headPersonId)) {
            throw ProblemException.conflict(
                    "head-cannot-leave",
                    "The head cannot leave",
                    "Make another member the head first");
        }
        Person person = member(household, personId);
        View before = view(household);
        PendingChange change = setRelationship(person, null);
        person.householdId = null;
        return changed(household, "REMOVE_MEMBER", before, List.of(change));
    }

    @Transactional
    public View changeHead(UUID id, ChangeHead request) {
        Household household = find(id);
        Person newHead = member(household, request.personId());
        if (newHead.id.equals(household.headPersonId)) {
            return view(household);
        }
        View before = view(household);
        Person oldHead = member(household, household.headPersonId);
        Relationship previous =
                request.previousHeadBecomes() == null
                                || request.previousHeadBecomes() == Relationship.HEAD
                        ? Relationship.OTHER
                        : request.previousHeadBecomes();
        List<PendingChange> changes =
                List.of(
                        setRelationship(oldHead, previous),
                        setRelationship(newHead, Relationship.HEAD));
        household.headPersonId = newHead.id;
        return changed(household, "CHANGE_HEAD", before, changes);
    }

    /** Moves a merged person's membership to the survivor, who takes over their place and role. */
    public void replaceMember(
            UUID householdId, UUID mergedId, Person survivor, Relationship relationship) {
        Household household = find(householdId);
        if (mergedId.equals(household.headPersonId)) {
            household.headPersonId = survivor.id;
        }
        survivor.householdId = householdId;
        survivor.householdRelationship = relationship;
        household.updatedAt = clock.instant();
        entityManager.flush();
        publish(household);
    }

    private PendingChange join(Household household, UUID personId, Relationship relationship) {
        Person person = persons.writable(personId);
        if (person.householdId != null && !person.householdId.equals(household.id)) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "already-in-household",
                                    "Already in a household",
                                    "Person "
                                            + personId
                                            + " belongs to household "
                                            + person.householdId
                                            + "; remove them there first")
                            .with("householdId", person.householdId));
        }
        if (person.householdId != null) {
            throw ProblemException.conflict(
                    "already-member",
                    "Already a member",
                    "Person " + personId + " is already a member of this household");
        }
        PendingChange change = setRelationship(person, relationship);
        person.householdId = household.id;
        return change;
    }

    private PendingChange setRelationship(Person person, Relationship relationship) {
        var before = persons.view(person, false);
        person.householdRelationship = relationship;
        return new PendingChange(person, before);
    }

    /**
     * A member whose record changed with the household; republished once the household is written.
     */
    private record PendingChange(Person person, Object before) {}

    private View changed(
            Household household, String action, View before, List<PendingChange> members) {
        household.updatedAt = clock.instant();
        for (PendingChange change : members) {
            persons.changed(
                    change.person(), EventTypes.PERSON_UPDATED, "HOUSEHOLD", change.before());
        }
        entityManager.flush();
        View after = publish(household);
        audit.change(action, "household", household.id, before, after);
        return after;
    }

    private View publish(Household household) {
        View view = view(household);
        events.householdChanged(
                household.id,
                household.headPersonId,
                view.members().stream()
                        .map(m -> new RegistryEvents.Member(m.personId(), m.relationship()))
                        .toList(),
                household.version);
        return view;
    }

    private Household find(UUID id) {
        return Household.<Household>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Household", id));
    }

    private Person member(Household household, UUID personId) {
        Person person = persons.writable(personId);
        if (!household.id.equals(person.householdId)) {
            throw ProblemException.notFound("Member", personId + " of household " + household.id);
        }
        return person;
    }

    private View view(Household household) {
        List<Person> members =
                Person.list(
                        "householdId = ?1 and mergedInto is null order by registryNumber",
                        household.id);
        return new View(
                household.id,
                household.headPersonId,
                members.stream()
                        .map(
                                p ->
                                        new MemberView(
                                                p.id,
                                                p.registryNumber,
                                                p.familyName,
                                                p.givenNames,
                                                p.category,
                                                p.householdRelationship))
                        .toList(),
                household.version);
    }

    private static void rejectHeadRelationship(MemberInput member, String field) {
        if (member.relationship() == Relationship.HEAD) {
            throw ProblemException.invalid(
                    "A household has one head",
                    List.of(
                            new FieldError(
                                    field,
                                    "HEAD is given by headPersonId or by changing the head")));
        }
    }
}
