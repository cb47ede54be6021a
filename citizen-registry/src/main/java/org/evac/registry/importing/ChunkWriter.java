package org.evac.registry.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.bulk.CopyRows;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.outbox.OutboxBatch;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.Person;
import org.evac.registry.person.RegistryNumbers;
import org.hibernate.Session;

/**
 * Writes one checked chunk of import rows in one transaction with one COPY per table: the same
 * records, provenance, outbox events and audit as a single registration, at a few statements per
 * chunk instead of several per row.
 */
@ApplicationScoped
class ChunkWriter {

    private final EntityManager entityManager;
    private final RegistryEvents events;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    ChunkWriter(
            EntityManager entityManager,
            RegistryEvents events,
            Outbox outbox,
            ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.events = events;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(ImportJob job, String actor, CheckedChunk chunk) {
        entityManager
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            assignRegistryNumbers(connection, chunk.rows());
                            insert(connection, job, actor, chunk.rows(), Instant.now());
                        });
    }

    private void assignRegistryNumbers(Connection connection, List<CheckedRow> checked)
            throws SQLException {
        List<Person> created =
                checked.stream()
                        .map(CheckedRow::person)
                        .filter(java.util.Objects::nonNull)
                        .toList();
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select nextval('person_registry_number_seq') from generate_series(1, ?)")) {
            query.setInt(1, created.size());
            try (ResultSet rs = query.executeQuery()) {
                for (Person person : created) {
                    rs.next();
                    person.registryNumber = RegistryNumbers.format(rs.getLong(1));
                }
            }
        }
    }

    private void insert(
            Connection connection,
            ImportJob job,
            String actor,
            List<CheckedRow> checked,
            Instant now)
            throws SQLException {
        CopyRows person =
                CopyRows.into(
                        "person",
                        "id",
                        "registry_number",
                        "family_name",
                        "given_names",
                        "native_name",
                        "name_key",
                        "birth_date",
                        "birth_date_evidence",
                        "sex",
                        "category",
                        "qualifying_person_id",
                        "qualifying_name",
                        "qualifying_relationship",
                        "verification",
                        "departure_wish",
                        "status",
                        "province",
                        "district",
                        "preferred_language",
                        "created_at",
                        "updated_at",
                        "version");
        CopyRows flag = CopyRows.into("person_quality_flag", "person_id", "flag");
        CopyRows vulnerability = CopyRows.into("person_vulnerability", "person_id", "kind", "note");
        CopyRows document =
                CopyRows.into(
                        "person_document",
                        "id",
                        "person_id",
                        "type",
                        "issuing_country",
                        "number",
                        "number_key",
                        "expires_on",
                        "mrz",
                        "created_at");
        CopyRows contact =
                CopyRows.into("person_contact", "id", "person_id", "kind", "value", "created_at");
        CopyRows source =
                CopyRows.into(
                        "person_source",
                        "id",
                        "person_id",
                        "source",
                        "reference",
                        "import_id",
                        "row_number",
                        "created_at");
        CopyRows matchKey = CopyRows.into("person_match_key", "key", "person_id");
        CopyRows audit =
                CopyRows.into(
                        "audit_entry",
                        "at",
                        "actor",
                        "action",
                        "subject_type",
                        "subject_id",
                        "after_state");
        CopyRows result =
                CopyRows.into(
                        "import_row",
                        "import_id",
                        "row_number",
                        "outcome",
                        "person_id",
                        "duplicate_of",
                        "message");
        OutboxBatch outboxRows = outbox.batch();
        for (CheckedRow row : checked) {
            Person p = row.person();
            if (p != null) {
                person.add(
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
                        now,
                        now,
                        0);
                p.qualityFlags.forEach(f -> flag.add(p.id, f));
                p.vulnerabilities.forEach((kind, note) -> vulnerability.add(p.id, kind, note));
                for (PersonDocument d : row.documents()) {
                    document.add(
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
                for (var k : list(row.row().request().contacts())) {
                    contact.add(UUID.randomUUID(), p.id, k.kind(), k.value().strip(), now);
                }
                row.identity().storedKeys().forEach(key -> matchKey.add(key, p.id));
                outboxRows.add(
                        EventTypes.TOPIC,
                        p.id.toString(),
                        EventTypes.PERSON_REGISTERED,
                        events.snapshot(p, row.documents()));
            }
            UUID sourcePerson =
                    p != null
                            ? p.id
                            : row.outcome() == RowOutcome.DUPLICATE ? row.duplicateOf() : null;
            if (sourcePerson != null) {
                source.add(
                        UUID.randomUUID(),
                        sourcePerson,
                        job.source,
                        reference(job, row.row()),
                        job.id,
                        row.row().number(),
                        now);
                audit.add(
                        now,
                        actor,
                        p != null ? "IMPORT_CREATE" : "IMPORT_ADD_SOURCE",
                        "person",
                        sourcePerson,
                        json(Map.of("importId", job.id, "row", row.row().number())));
            }
            result.add(
                    job.id,
                    row.row().number(),
                    row.outcome(),
                    p == null ? null : p.id,
                    row.duplicateOf(),
                    row.message());
        }
        // Parents before children, for the foreign keys.
        for (CopyRows rows :
                List.of(
                        person,
                        flag,
                        vulnerability,
                        document,
                        contact,
                        source,
                        matchKey,
                        audit,
                        result)) {
            rows.copyTo(connection);
        }
        outboxRows.writeTo(connection);
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

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
