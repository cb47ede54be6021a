package org.evac.registry.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.events.EventTypes;

/** A coordinator's decision on a person's eligibility: who, when, why, and on which document. */
@ApplicationScoped
public class VerificationService {

    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    public VerificationService(PersonService persons, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonView verify(UUID personId, VerificationRequest request) {
        Person person = undecided(personId);
        if (request.evidenceDocumentId() == null) {
            throw ProblemException.invalid(
                    "A verification needs its evidence",
                    List.of(
                            new FieldError(
                                    "evidenceDocumentId", "must name a document of the person")));
        }
        return decide(person, Verification.VERIFIED, request, EventTypes.PERSON_VERIFIED);
    }

    @Transactional
    public PersonView reject(UUID personId, VerificationRequest request) {
        Person person = undecided(personId);
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalid(
                    "A rejection needs a reason",
                    List.of(new FieldError("reason", "must not be blank")));
        }
        return decide(person, Verification.REJECTED, request, EventTypes.PERSON_REJECTED);
    }

    @Transactional
    public PersonView addSource(UUID personId, PersonRequest.SourceInput source) {
        Person person = persons.writable(personId);
        var before = persons.view(person, false);
        persons.addSource(personId, source, null, null);
        return persons.changed(person, EventTypes.PERSON_UPDATED, "ADD_SOURCE", before);
    }

    private Person undecided(UUID personId) {
        Person person = persons.writable(personId);
        if (person.verification != Verification.UNVERIFIED) {
            throw ProblemException.conflict(
                    "already-decided",
                    "Verification already decided",
                    "Person is "
                            + person.verification
                            + " since "
                            + person.verifiedAt
                            + " by "
                            + person.verifiedBy);
        }
        return person;
    }

    private PersonView decide(
            Person person, Verification outcome, VerificationRequest request, String eventType) {
        if (request.evidenceDocumentId() != null) {
            PersonDocument evidence = PersonDocument.findById(request.evidenceDocumentId());
            if (evidence == null || !evidence.personId.equals(person.id)) {
                throw ProblemException.invalid(
                        "Unknown evidence",
                        List.of(
                                new FieldError(
                                        "evidenceDocumentId", "is not a document of this person")));
            }
        }
        var before = persons.view(person, false);
        person.verification = outcome;
        person.verifiedBy = audit.actor();
        person.verifiedAt = clock.instant();
        person.verificationReason = request.reason();
        person.verificationEvidenceId = request.evidenceDocumentId();
        return persons.changed(
                person, eventType, outcome == Verification.VERIFIED ? "VERIFY" : "REJECT", before);
    }
}
