package org.evac.registry.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.duplicate.DuplicateReview;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonRequest.ContactInput;

/**
 * Turns a checked chunk into the rows it adds to each table. Pure Java and no database, so it runs
 * on the checking thread and leaves the writing thread nothing but sending.
 */
@ApplicationScoped
class ChunkPreparer {

    private final RegistryEvents events;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    ChunkPreparer(RegistryEvents events, Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    PreparedChunk prepare(ImportJob job, String actor, CheckedChunk chunk) {
        Instant now = clock.instant();
        PreparedChunk prepared = new PreparedChunk(outbox.batch());
        for (CheckedRow row : chunk.rows()) {
            Person person = row.person();
            if (person != null) {
                addPerson(prepared, row, now);
            }
            UUID sourced =
                    person != null
                            ? person.id
                            : row.outcome() == RowOutcome.DUPLICATE ? row.duplicateOf() : null;
            if (sourced != null) {
                addProvenance(prepared, job, actor, row, sourced, now);
            }
            prepared.results.add(
                    job.id,
                    row.row().number(),
                    row.outcome(),
                    person == null ? null : person.id,
                    row.duplicateOf(),
                    row.message());
        }
        return prepared;
    }

    private void addPerson(PreparedChunk prepared, CheckedRow row, Instant now) {
        Person p = row.person();
        events.stamp(p);
        prepared.persons.add(
                p.id,
                p.registryNumber,
                p.familyName,
                p.givenNames,
                p.nativeName,
                p.nameKey,
                p.birthDate,
                p.birthDateEvidence,
                p.sex,
                p.category,
                p.qualifyingPersonId,
                p.qualifyingName,
                p.qualifyingRelationship,
                p.verification,
                p.departureWish,
                p.status,
                p.province,
                p.district,
                p.preferredLanguage,
                p.fingerprintKey,
                p.fingerprintScheme,
                now,
                now,
                0);
        p.qualityFlags.forEach(flag -> prepared.qualityFlags.add(p.id, flag));
        p.vulnerabilities.forEach((kind, note) -> prepared.vulnerabilities.add(p.id, kind, note));
        for (PersonDocument d : row.documents()) {
            prepared.documents.add(
                    d.id,
                    p.id,
                    d.type,
                    d.issuingCountry,
                    d.number,
                    d.numberKey,
                    d.expiresOn,
                    d.mrz,
                    now);
        }
        List<ContactInput> contacts = row.row().request().contacts();
        for (ContactInput k : contacts == null ? List.<ContactInput>of() : contacts) {
            prepared.contacts.add(TimeOrderedUuid.next(), p.id, k.kind(), k.value().strip(), now);
        }
        row.identity().storedKeys().forEach(key -> prepared.matchKeys.add(key, p.id));
        for (CheckedRow.Review review : row.reviews()) {
            boolean low = p.id.compareTo(review.otherId()) < 0;
            prepared.reviews.add(
                    TimeOrderedUuid.next(),
                    low ? p.id : review.otherId(),
                    low ? review.otherId() : p.id,
                    review.match().weight(),
                    review.match().score(),
                    review.match().band(),
                    json(review.match().factors()),
                    DuplicateReview.FoundBy.IMPORT,
                    DuplicateReview.Status.OPEN,
                    now,
                    now,
                    0);
        }
        prepared.events.add(
                EventTypes.TOPIC,
                p.id.toString(),
                EventTypes.PERSON_REGISTERED,
                events.snapshot(p, row.documents()));
    }

    private void addProvenance(
            PreparedChunk prepared,
            ImportJob job,
            String actor,
            CheckedRow row,
            UUID personId,
            Instant now) {
        prepared.sources.add(
                TimeOrderedUuid.next(),
                personId,
                job.source,
                reference(job, row.row()),
                job.id,
                row.row().number(),
                now);
        prepared.audit.add(
                now,
                actor,
                row.person() != null ? "IMPORT_CREATE" : "IMPORT_ADD_SOURCE",
                "person",
                personId,
                json(Map.of("importId", job.id, "row", row.row().number())));
    }

    private static String reference(ImportJob job, ImportRow row) {
        String file =
                (job.fileName == null ? "import " + job.id : job.fileName) + " row " + row.number();
        return row.sourceReference() == null ? file : row.sourceReference() + " (" + file + ")";
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable", e);
        }
    }
}
