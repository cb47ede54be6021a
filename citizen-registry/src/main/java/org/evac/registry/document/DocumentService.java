package org.evac.registry.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.events.EventTypes;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonProblems;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.PersonView.DocumentView;
import org.evac.registry.person.PersonViews;
import org.evac.registry.quality.HardRules;

@ApplicationScoped
public class DocumentService {

    private final PersonService persons;
    private final Clock clock;

    public DocumentService(PersonService persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    @Transactional
    public DocumentView add(UUID personId, DocumentInput input) {
        Person person = persons.writable(personId);
        var errors = HardRules.document(input, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The document fails the data-quality gates", errors);
        }
        persons.rejectRegistered(input);
        var before = persons.view(person, false);
        PersonDocument document = persons.addDocument(personId, input);
        persons.changed(person, EventTypes.PERSON_UPDATED, "ADD_DOCUMENT", before);
        return PersonViews.document(document, false, LocalDate.now(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list(UUID personId, boolean mask) {
        Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> PersonProblems.notFound(personId));
        LocalDate today = LocalDate.now(clock);
        return PersonDocument.ofPerson(personId).stream()
                .map(d -> PersonViews.document(d, mask, today))
                .toList();
    }

    @Transactional
    public void remove(UUID personId, UUID documentId) {
        Person person = persons.writable(personId);
        PersonDocument document =
                PersonDocument.<PersonDocument>findByIdOptional(documentId)
                        .filter(d -> d.personId.equals(personId))
                        .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        if (documentId.equals(person.verificationEvidenceId)) {
            throw ProblemException.conflict(
                    "evidence-document",
                    "Evidence of the verification",
                    "This document is the evidence the person was verified on and cannot be removed");
        }
        var before = persons.view(person, false);
        document.delete();
        persons.changed(person, EventTypes.PERSON_UPDATED, "REMOVE_DOCUMENT", before);
    }
}
