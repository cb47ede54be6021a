package org.evac.registry.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonProblems;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.PersonView.ContactView;
import org.evac.registry.quality.HardRules;

/** Contact channels of a person and the attempts to reach them. */
@ApplicationScoped
public class ContactService {

    /** Clocks of field phones drift; an attempt a few minutes ahead is accepted. */
    private static final long CLOCK_SKEW_MINUTES = 5;

    private final PersonService persons;
    private final RegistryEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public ContactService(
            PersonService persons, RegistryEvents events, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ContactView addChannel(UUID personId, ContactInput input) {
        Person person = persons.writable(personId);
        var errors = HardRules.contact(input, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(
                    "The contact channel fails the data-quality gates", errors);
        }
        var before = persons.view(person, false);
        ContactChannel channel = persons.addContact(personId, input);
        persons.changed(person, EventTypes.PERSON_UPDATED, "ADD_CONTACT", before);
        return new ContactView(channel.id, channel.kind, channel.value);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactView> channels(UUID personId) {
        Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> PersonProblems.notFound(personId));
        return ContactChannel.ofPerson(personId).stream()
                .map(c -> new ContactView(c.id, c.kind, c.value))
                .toList();
    }

    @Transactional
    public void removeChannel(UUID personId, UUID channelId) {
        Person person = persons.writable(personId);
        ContactChannel channel =
                ContactChannel.<ContactChannel>findByIdOptional(channelId)
                        .filter(c -> c.personId.equals(personId))
                        .orElseThrow(() -> ProblemException.notFound("Contact channel", channelId));
        var before = persons.view(person, false);
        channel.delete();
        persons.changed(person, EventTypes.PERSON_UPDATED, "REMOVE_CONTACT", before);
    }

    @Transactional
    public AttemptView recordAttempt(UUID personId, AttemptRequest request) {
        Person person = persons.writable(personId);
        Instant now = clock.instant();
        Instant attemptedAt = request.attemptedAt() == null ? now : request.attemptedAt();
        if (attemptedAt.isAfter(now.plus(CLOCK_SKEW_MINUTES, ChronoUnit.MINUTES))) {
            throw ProblemException.invalid(
                    "An attempt cannot be in the future",
                    List.of(new FieldError("attemptedAt", "is in the future")));
        }
        return record(
                person,
                request.channel(),
                request.outcome(),
                request.note(),
                audit.actor(),
                attemptedAt,
                now);
    }

    /**
     * An attempt made by the service itself (a message sent, its receipt, a reply), recorded on the
     * surviving record if the person was merged meanwhile. The note must not carry message text or
     * addresses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAutomatic(
            UUID personId, ContactKind channel, Outcome outcome, String note, String actor) {
        Person person = Person.findById(persons.survivorOf(personId));
        if (person != null) {
            Instant now = clock.instant();
            record(person, channel, outcome, note, actor, now, now);
        }
    }

    private AttemptView record(
            Person person,
            ContactKind channel,
            Outcome outcome,
            String note,
            String actor,
            Instant attemptedAt,
            Instant now) {
        ContactAttempt attempt = new ContactAttempt();
        attempt.id = TimeOrderedUuid.next();
        attempt.personId = person.id;
        attempt.channel = channel;
        attempt.outcome = outcome;
        attempt.note = note;
        attempt.attemptedBy = actor;
        attempt.attemptedAt = attemptedAt;
        attempt.recordedAt = now;
        attempt.persist();
        events.contactAttempt(attempt);
        AttemptView view = AttemptView.of(attempt);
        if (attempt.outcome.reached()
                && (person.lastReachedAt == null || person.lastReachedAt.isBefore(attemptedAt))) {
            var before = persons.view(person, false);
            person.lastReachedAt = attemptedAt;
            persons.changed(person, EventTypes.PERSON_UPDATED, "REACHED", before);
        } else {
            audit.change("CONTACT_ATTEMPT", "person", person.id, null, view);
        }
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptView> attempts(UUID personId) {
        Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> PersonProblems.notFound(personId));
        return ContactAttempt.ofPerson(personId).stream().map(AttemptView::of).toList();
    }
}
