package org.evac.registry.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.contact.ContactChannel;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentNumbers;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.duplicate.DuplicateCandidate;
import org.evac.registry.duplicate.DuplicateFinder;
import org.evac.registry.duplicate.DuplicateReview.FoundBy;
import org.evac.registry.duplicate.DuplicateReviews;
import org.evac.registry.duplicate.DuplicateScorer.Band;
import org.evac.registry.duplicate.Identity;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonRequest.SourceInput;
import org.evac.registry.quality.SoftRules;
import org.hibernate.Session;

/** Registers and changes persons; every change is audited and published in the same transaction. */
@ApplicationScoped
public class PersonService {

    private static final List<String> SUB_RESOURCE_FIELDS =
            List.of("documents", "contacts", "sources");

    private final PersonGate gate;
    private final DuplicateFinder duplicates;
    private final DuplicateReviews reviews;
    private final RegistryEvents events;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public PersonService(
            PersonGate gate,
            DuplicateFinder duplicates,
            DuplicateReviews reviews,
            RegistryEvents events,
            AuditLog audit,
            ObjectMapper mapper,
            Validator validator,
            EntityManager entityManager,
            Clock clock,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.gate = gate;
        this.duplicates = duplicates;
        this.reviews = reviews;
        this.events = events;
        this.audit = audit;
        this.mapper = mapper;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public PersonView create(PersonRequest request, boolean acknowledgeDuplicates) {
        rejectInvalid(request);
        list(request.documents()).forEach(this::rejectRegistered);
        List<DuplicateCandidate> candidates = duplicates.candidates(identity(request), null);
        boolean likely = candidates.stream().anyMatch(c -> c.band() == Band.LIKELY);
        if (likely && !acknowledgeDuplicates) {
            throw PersonProblems.likelyDuplicate(candidates);
        }
        Instant now = clock.instant();
        Person person = new Person();
        person.id = TimeOrderedUuid.next();
        person.registryNumber = nextRegistryNumber();
        person.verification = Verification.UNVERIFIED;
        person.createdAt = now;
        person.updatedAt = now;
        apply(person, request);
        person.persist();
        list(request.documents()).forEach(d -> addDocument(person.id, d));
        list(request.contacts()).forEach(c -> addContact(person.id, c));
        list(request.sources()).forEach(s -> addSource(person.id, s, null, null));
        PersonView created =
                finish(
                        person,
                        EventTypes.PERSON_REGISTERED,
                        likely ? "CREATE_DESPITE_DUPLICATES" : "CREATE",
                        null);
        reviews.queue(person.id, candidates, FoundBy.REGISTRATION);
        return created;
    }

    @Transactional
    public PersonView read(UUID id, boolean maskDocuments) {
        Person person =
                Person.<Person>findByIdOptional(id).orElseThrow(() -> PersonProblems.notFound(id));
        audit.read("person", id);
        return view(person, maskDocuments);
    }

    /**
     * The record a merged id now lives in, following merges of merges; empty if the person was
     * never merged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> mergedInto(UUID id) {
        Person person = Person.findById(id);
        if (person == null || person.mergedInto == null) {
            return Optional.empty();
        }
        return Optional.of(survivorOf(id));
    }

    /**
     * Applies a JSON Merge Patch. A body that is not a merge patch of a person (not an object, a
     * sub-resource member, a member of the wrong JSON type, an unknown enum value or language, a
     * value over its length) is refused first, whatever the person and version; the Jackson error
     * names the member.
     */
    @Transactional
    public PersonView patch(UUID id, JsonNode patch, Integer expectedVersion)
            throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(
                    "invalid-patch", "Invalid merge patch", "A merge patch is a JSON object");
        }
        for (String field : SUB_RESOURCE_FIELDS) {
            if (patch.has(field)) {
                throw ProblemException.invalid(
                        "Change " + field + " through their sub-resource",
                        List.of(
                                new FieldError(
                                        field,
                                        "is changed through /api/v1/persons/{id}/" + field)));
            }
        }
        var violations = validator.validate(mapper.treeToValue(patch, PersonPatch.class));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Person person = writable(id);
        if (expectedVersion == null) {
            throw PersonProblems.versionRequired();
        }
        if (person.version != expectedVersion) {
            throw PersonProblems.stale(person.version);
        }
        PersonRequest updated;
        try {
            updated =
                    mapper.treeToValue(
                            MergePatch.apply(
                                    mapper.valueToTree(PersonViews.editable(person)), patch),
                            PersonRequest.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(
                    "invalid-patch",
                    "Invalid merge patch",
                    "The patched person is not a valid person: " + e.getOriginalMessage());
        }
        rejectInvalid(updated);
        PersonView before = view(person, false);
        RegistryStatus previousStatus = person.status;
        apply(person, updated);
        String type =
                person.status == RegistryStatus.DEPARTED
                                && previousStatus != RegistryStatus.DEPARTED
                        ? EventTypes.PERSON_DEPARTED
                        : EventTypes.PERSON_UPDATED;
        return changed(person, type, "UPDATE", before);
    }

    /** A person that may be changed: it exists and was not merged away. */
    public Person writable(UUID id) {
        Person person =
                Person.<Person>findByIdOptional(id).orElseThrow(() -> PersonProblems.notFound(id));
        if (person.mergedInto != null) {
            throw PersonProblems.merged(id, survivorOf(id));
        }
        return person;
    }

    /**
     * Finishes any change of a person: reindexes it for duplicate detection, recomputes its quality
     * flags, writes it, audits before and after, and records the event with the new snapshot.
     */
    public PersonView changed(Person person, String eventType, String action, Object before) {
        person.updatedAt = clock.instant();
        return finish(person, eventType, action, before);
    }

    private PersonView finish(Person person, String eventType, String action, Object before) {
        List<PersonDocument> documents = PersonDocument.ofPerson(person.id);
        var flags =
                SoftRules.assess(
                        person,
                        documents.stream().map(d -> d.expiresOn).toList(),
                        (int) ContactChannel.count("personId", person.id),
                        LocalDate.now(clock));
        person.qualityFlags.retainAll(flags);
        person.qualityFlags.addAll(flags);
        events.stamp(person);
        entityManager.flush();
        duplicates.index(person);
        events.person(eventType, person, documents);
        PersonView after = view(person, false);
        audit.change(action, "person", person.id, before, after);
        return after;
    }

    public PersonView view(Person person, boolean maskDocuments) {
        return PersonViews.view(
                person,
                PersonDocument.ofPerson(person.id),
                ContactChannel.ofPerson(person.id),
                PersonSource.ofPerson(person.id),
                maskDocuments,
                LocalDate.now(clock));
    }

    public PersonDocument addDocument(UUID personId, DocumentInput input) {
        PersonDocument document = new PersonDocument();
        document.id = TimeOrderedUuid.next();
        document.personId = personId;
        document.type = input.type();
        document.issuingCountry = input.issuingCountry();
        document.number = input.number().strip();
        document.numberKey = DocumentNumbers.key(input.number());
        document.expiresOn = input.expiresOn();
        document.mrz = input.mrz() == null || input.mrz().isBlank() ? null : input.mrz().strip();
        document.createdAt = clock.instant();
        document.persist();
        return document;
    }

    public ContactChannel addContact(UUID personId, ContactInput input) {
        ContactChannel contact = new ContactChannel();
        contact.id = TimeOrderedUuid.next();
        contact.personId = personId;
        contact.kind = input.kind();
        contact.value = input.value().strip();
        contact.createdAt = clock.instant();
        contact.persist();
        return contact;
    }

    public PersonSource addSource(
            UUID personId, SourceInput input, UUID importId, Integer rowNumber) {
        PersonSource source = new PersonSource();
        source.id = TimeOrderedUuid.next();
        source.personId = personId;
        source.source = input.source();
        source.reference = input.reference();
        source.receivedOn = input.receivedOn();
        source.importId = importId;
        source.rowNumber = rowNumber;
        source.createdAt = clock.instant();
        source.persist();
        return source;
    }

    /**
     * Refuses a document that is registered already (409 naming its person). A transaction-long
     * lock on the document first: of two concurrent registrations of one document the second waits
     * for the first to commit, then finds it (a 409, not a unique-constraint failure).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejectRegistered(DocumentInput document) {
        String numberKey = DocumentNumbers.key(document.number());
        locks.exclusive(
                "person_document|"
                        + document.type()
                        + "|"
                        + document.issuingCountry()
                        + "|"
                        + numberKey);
        PersonDocument.findSame(document.type(), document.issuingCountry(), numberKey)
                .ifPresent(
                        existing -> {
                            throw PersonProblems.duplicateDocument(survivorOf(existing.personId));
                        });
    }

    public UUID survivorOf(UUID id) {
        UUID current = id;
        for (int hops = 0; hops < 100; hops++) {
            Person person = Person.findById(current);
            if (person == null || person.mergedInto == null) {
                return current;
            }
            current = person.mergedInto;
        }
        throw new IllegalStateException("Merge chain of " + id + " does not end");
    }

    /** What duplicate detection compares of a person not registered yet. */
    public static Identity identity(PersonRequest request) {
        return Identity.of(
                request.familyName(),
                request.givenNames(),
                request.birthDate(),
                request.nativeName(),
                request.sex(),
                list(request.contacts()).stream()
                        .filter(c -> c != null && c.kind() != null && c.value() != null)
                        .filter(c -> c.kind() != ContactKind.EMAIL)
                        .map(c -> Identity.phoneKey(c.value()))
                        .collect(Collectors.toUnmodifiableSet()),
                null);
    }

    /** The gate every record passes, so the caller sees every problem at once. */
    private void rejectInvalid(PersonRequest request) {
        List<FieldError> errors = gate.problems(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(
                    "The person record fails the data-quality gates", errors);
        }
    }

    public static void apply(Person person, PersonRequest r) {
        person.familyName = r.familyName().strip();
        person.givenNames = r.givenNames().strip();
        person.nativeName = blankToNull(r.nativeName());
        person.birthDate = blankToNull(r.birthDate());
        person.birthDateEvidence = blankToNull(r.birthDateEvidence());
        person.sex = r.sex() == null ? Sex.UNKNOWN : r.sex();
        person.category = r.category();
        person.qualifyingPersonId =
                r.qualifyingRelative() == null ? null : r.qualifyingRelative().personId();
        person.qualifyingName =
                r.qualifyingRelative() == null ? null : blankToNull(r.qualifyingRelative().name());
        person.qualifyingRelationship =
                r.qualifyingRelative() == null ? null : r.qualifyingRelative().relationship();
        person.departureWish =
                r.departureWish() == null ? DepartureWish.UNKNOWN : r.departureWish();
        person.vulnerabilities.clear();
        list(r.vulnerabilities())
                .forEach(
                        v ->
                                person.vulnerabilities.put(
                                        v.kind(), v.note() == null ? "" : v.note().strip()));
        person.province = r.location() == null ? null : r.location().province();
        person.district = r.location() == null ? null : blankToNull(r.location().district());
        person.locationConfirmedAt = r.location() == null ? null : r.location().confirmedAt();
        person.preferredLanguage = r.preferredLanguage();
        person.bestTimeToCall = blankToNull(r.bestTimeToCall());
        person.status = r.status() == null ? RegistryStatus.ACTIVE : r.status();
        person.statusReason = blankToNull(r.statusReason());
        person.nameKey = DuplicateFinder.nameKey(person.familyName, person.givenNames);
    }

    private String nextRegistryNumber() {
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> RegistryNumbers.draw(connection, 1).get(0));
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
