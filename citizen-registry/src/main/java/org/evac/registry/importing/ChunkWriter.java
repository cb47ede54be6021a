package org.evac.registry.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.outbox.OutboxBatch;
import org.evac.registry.document.DocumentNumbers;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.duplicate.DuplicateMatcher;
import org.evac.registry.duplicate.Identity;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.RegistryNumbers;
import org.evac.registry.person.Verification;
import org.evac.registry.quality.HardRules;
import org.evac.registry.quality.QualityFlag;
import org.evac.registry.quality.SoftRules;
import org.hibernate.Session;

/**
 * Writes one chunk of import rows in one transaction with JDBC batches: the same gates, duplicate
 * detection, provenance, outbox events and audit as a single registration, at a few statements per
 * chunk instead of per row.
 */
@ApplicationScoped
class ChunkWriter {

    private final EntityManager entityManager;
    private final Validator validator;
    private final RegistryEvents events;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    ChunkWriter(
            EntityManager entityManager,
            Validator validator,
            RegistryEvents events,
            Outbox outbox,
            ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.validator = validator;
        this.events = events;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** Where an import row stands after checking. */
    private record Checked(
            ImportRow row,
            RowOutcome outcome,
            Person person,
            List<PersonDocument> documents,
            UUID duplicateOf,
            String message) {}

    private record Known(UUID id, Identity identity) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(ImportJob job, String actor, List<ImportRow> rows) {
        entityManager
                .unwrap(Session.class)
                .doWork(connection -> write(connection, job, actor, rows));
    }

    private void write(Connection connection, ImportJob job, String actor, List<ImportRow> rows)
            throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        List<ImportRow> readable = new ArrayList<>();
        Map<Integer, String> invalid = new HashMap<>();
        for (ImportRow row : rows) {
            Optional<String> problem =
                    row.readError() != null
                            ? Optional.of(row.readError())
                            : problems(row.request(), today);
            problem.ifPresentOrElse(p -> invalid.put(row.number(), p), () -> readable.add(row));
        }
        Map<String, UUID> documentOwners = documentOwners(connection, readable);
        Map<String, List<Known>> byKey = candidates(connection, readable);
        Set<String> chunkDocuments = new java.util.HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            Checked result;
            if (invalid.containsKey(row.number())) {
                result =
                        new Checked(
                                row,
                                RowOutcome.INVALID,
                                null,
                                List.of(),
                                null,
                                invalid.get(row.number()));
            } else {
                result = check(row, documentOwners, chunkDocuments, byKey, now, today);
            }
            checked.add(result);
        }
        assignRegistryNumbers(connection, checked);
        insert(connection, job, actor, checked, now);
    }

    private Optional<String> problems(PersonRequest request, LocalDate today) {
        List<String> messages = new ArrayList<>();
        validator
                .validate(request)
                .forEach(v -> messages.add(v.getPropertyPath() + " " + v.getMessage()));
        HardRules.check(request, today).forEach(e -> messages.add(e.field() + " " + e.message()));
        return messages.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("; ", messages.stream().sorted().toList()));
    }

    private Checked check(
            ImportRow row,
            Map<String, UUID> documentOwners,
            Set<String> chunkDocuments,
            Map<String, List<Known>> byKey,
            Instant now,
            LocalDate today) {
        PersonRequest request = row.request();
        for (DocumentInput d : list(request.documents())) {
            UUID owner = documentOwners.get(documentKey(d));
            if (owner != null) {
                return new Checked(
                        row,
                        RowOutcome.DUPLICATE,
                        null,
                        List.of(),
                        owner,
                        "document " + d.type() + " already registered");
            }
            if (chunkDocuments.contains(documentKey(d))) {
                UUID earlier = documentOwners.get("chunk:" + documentKey(d));
                return new Checked(
                        row,
                        RowOutcome.DUPLICATE,
                        null,
                        List.of(),
                        earlier,
                        "document " + d.type() + " appears earlier in the file");
            }
        }
        Identity identity = PersonService.identity(request);
        Optional<Map.Entry<Known, DuplicateMatcher.Match>> best = bestMatch(identity, byKey);
        if (best.isPresent()) {
            return new Checked(
                    row,
                    RowOutcome.LIKELY_DUPLICATE,
                    null,
                    List.of(),
                    best.get().getKey().id(),
                    "score "
                            + best.get().getValue().score()
                            + ": "
                            + String.join(", ", best.get().getValue().reasons()));
        }
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.verification = Verification.UNVERIFIED;
        person.createdAt = now;
        person.updatedAt = now;
        PersonService.apply(person, request);
        List<PersonDocument> documents = new ArrayList<>();
        for (DocumentInput d : list(request.documents())) {
            PersonDocument document = new PersonDocument();
            document.id = UUID.randomUUID();
            document.personId = person.id;
            document.type = d.type();
            document.issuingCountry = d.issuingCountry();
            document.number = d.number().strip();
            document.numberKey = DocumentNumbers.key(d.number());
            document.expiresOn = d.expiresOn();
            document.mrz = d.mrz();
            document.createdAt = now;
            documents.add(document);
            chunkDocuments.add(documentKey(d));
            documentOwners.put("chunk:" + documentKey(d), person.id);
        }
        person.qualityFlags.addAll(
                SoftRules.assess(
                        person,
                        documents.stream().map(d -> d.expiresOn).toList(),
                        list(request.contacts()).size(),
                        today));
        for (String key : identity.storedKeys()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Known(person.id, identity));
        }
        RowOutcome outcome =
                person.qualityFlags.isEmpty() ? RowOutcome.CREATED : RowOutcome.FLAGGED;
        String message =
                person.qualityFlags.isEmpty()
                        ? null
                        : person.qualityFlags.stream()
                                .map(QualityFlag::name)
                                .sorted()
                                .collect(Collectors.joining(" "));
        return new Checked(row, outcome, person, documents, null, message);
    }

    private static Optional<Map.Entry<Known, DuplicateMatcher.Match>> bestMatch(
            Identity identity, Map<String, List<Known>> byKey) {
        Map<UUID, Known> seen = new HashMap<>();
        for (String key : identity.exactProbes()) {
            byKey.getOrDefault(key, List.of()).forEach(k -> seen.putIfAbsent(k.id(), k));
        }
        for (String prefix : identity.anyYearProbes()) {
            byKey.forEach(
                    (key, known) -> {
                        if (key.startsWith(prefix)) {
                            known.forEach(k -> seen.putIfAbsent(k.id(), k));
                        }
                    });
        }
        Map.Entry<Known, DuplicateMatcher.Match> best = null;
        for (Known known : seen.values()) {
            var match = DuplicateMatcher.compare(identity, known.identity());
            if (match.isPresent()
                    && (best == null || match.get().score() > best.getValue().score())) {
                best = Map.entry(known, match.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private Map<String, UUID> documentOwners(Connection connection, List<ImportRow> rows)
            throws SQLException {
        Set<String> numberKeys = new LinkedHashSet<>();
        rows.forEach(
                r ->
                        list(r.request().documents())
                                .forEach(d -> numberKeys.add(DocumentNumbers.key(d.number()))));
        Map<String, UUID> owners = new HashMap<>();
        if (numberKeys.isEmpty()) {
            return owners;
        }
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select d.type, d.issuing_country, d.number_key, "
                                + "coalesce(p.merged_into, p.id) from unnest(?::text[]) probe(number_key) "
                                + "join person_document d on d.number_key = probe.number_key join person p on p.id = d.person_id")) {
            query.setArray(1, connection.createArrayOf("text", numberKeys.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    owners.put(
                            rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            rs.getObject(4, UUID.class));
                }
            }
        }
        return owners;
    }

    private Map<String, List<Known>> candidates(Connection connection, List<ImportRow> rows)
            throws SQLException {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            Identity identity = PersonService.identity(row.request());
            exact.addAll(identity.exactProbes());
            identity.anyYearProbes()
                    .forEach(p -> prefixes.add(p.replace("\\", "\\\\").replace("%", "\\%") + "%"));
        }
        Map<String, List<Known>> byKey = new HashMap<>();
        if (exact.isEmpty()) {
            return byKey;
        }
        // Joins with the probes rather than "= any(?)": during a bulk load the statistics lag
        // behind, and a
        // sequential scan testing every row against a thousand-element array made imports
        // quadratic.
        String select =
                "select k.key, p.id, p.family_name, p.given_names, p.birth_date from unnest(?::text[]) "
                        + "probe(pattern) join person_match_key k on ";
        String live = " join person p on p.id = k.person_id where p.merged_into is null";
        collect(connection, select + "k.key = probe.pattern" + live, exact, byKey);
        if (!prefixes.isEmpty()) {
            collect(connection, select + "k.key like probe.pattern" + live, prefixes, byKey);
        }
        return byKey;
    }

    private static void collect(
            Connection connection, String sql, Set<String> keys, Map<String, List<Known>> byKey)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(
                                    new Known(
                                            rs.getObject(2, UUID.class),
                                            Identity.of(
                                                    rs.getString(3),
                                                    rs.getString(4),
                                                    rs.getString(5))));
                }
            }
        }
    }

    private void assignRegistryNumbers(Connection connection, List<Checked> checked)
            throws SQLException {
        List<Person> created =
                checked.stream().map(Checked::person).filter(java.util.Objects::nonNull).toList();
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
            Connection c, ImportJob job, String actor, List<Checked> checked, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement person =
                        c.prepareStatement(
                                "insert into person (id, registry_number, family_name, "
                                        + "given_names, native_name, name_key, birth_date, birth_date_evidence, sex, category, "
                                        + "qualifying_person_id, qualifying_name, qualifying_relationship, verification, departure_wish, "
                                        + "status, province, district, preferred_language, created_at, updated_at, version) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement flag =
                        c.prepareStatement(
                                "insert into person_quality_flag (person_id, flag) values (?, ?)");
                PreparedStatement vulnerability =
                        c.prepareStatement(
                                "insert into person_vulnerability (person_id, kind, note) values (?, ?, ?)");
                PreparedStatement document =
                        c.prepareStatement(
                                "insert into person_document (id, person_id, type, "
                                        + "issuing_country, number, number_key, expires_on, mrz, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement contact =
                        c.prepareStatement(
                                "insert into person_contact (id, person_id, kind, value, created_at) values (?, ?, ?, ?, ?)");
                PreparedStatement source =
                        c.prepareStatement(
                                "insert into person_source (id, person_id, source, "
                                        + "reference, import_id, row_number, created_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement matchKey =
                        c.prepareStatement(
                                "insert into person_match_key (key, person_id) values (?, ?)");
                OutboxBatch outboxRows = outbox.batchOn(c);
                PreparedStatement audit =
                        c.prepareStatement(
                                "insert into audit_entry (at, actor, action, "
                                        + "subject_type, subject_id, after_state) values (?, ?, ?, 'person', ?, ?)");
                PreparedStatement result =
                        c.prepareStatement(
                                "insert into import_row (import_id, row_number, "
                                        + "outcome, person_id, duplicate_of, message) values (?, ?, ?, ?, ?, ?)")) {
            for (Checked row : checked) {
                Person p = row.person();
                if (p != null) {
                    person.setObject(1, p.id);
                    person.setString(2, p.registryNumber);
                    person.setString(3, p.familyName);
                    person.setString(4, p.givenNames);
                    person.setString(5, p.nativeName);
                    person.setString(6, p.nameKey);
                    person.setString(7, p.birthDate);
                    person.setString(8, p.birthDateEvidence);
                    person.setString(9, p.sex.name());
                    person.setString(10, p.category.name());
                    person.setObject(11, p.qualifyingPersonId);
                    person.setString(12, p.qualifyingName);
                    person.setString(
                            13,
                            p.qualifyingRelationship == null
                                    ? null
                                    : p.qualifyingRelationship.name());
                    person.setString(14, p.verification.name());
                    person.setString(15, p.departureWish.name());
                    person.setString(16, p.status.name());
                    person.setString(17, p.province);
                    person.setString(18, p.district);
                    person.setString(19, p.preferredLanguage);
                    person.setTimestamp(20, at);
                    person.setTimestamp(21, at);
                    person.addBatch();
                    for (QualityFlag f : p.qualityFlags) {
                        flag.setObject(1, p.id);
                        flag.setString(2, f.name());
                        flag.addBatch();
                    }
                    for (var v : p.vulnerabilities.entrySet()) {
                        vulnerability.setObject(1, p.id);
                        vulnerability.setString(2, v.getKey().name());
                        vulnerability.setString(3, v.getValue());
                        vulnerability.addBatch();
                    }
                    for (PersonDocument d : row.documents()) {
                        document.setObject(1, d.id);
                        document.setObject(2, p.id);
                        document.setString(3, d.type.name());
                        document.setString(4, d.issuingCountry);
                        document.setString(5, d.number);
                        document.setString(6, d.numberKey);
                        document.setObject(7, d.expiresOn, Types.DATE);
                        document.setString(8, d.mrz);
                        document.setTimestamp(9, at);
                        document.addBatch();
                    }
                    for (var k : list(row.row().request().contacts())) {
                        contact.setObject(1, UUID.randomUUID());
                        contact.setObject(2, p.id);
                        contact.setString(3, k.kind().name());
                        contact.setString(4, k.value().strip());
                        contact.setTimestamp(5, at);
                        contact.addBatch();
                    }
                    for (String key : PersonService.identity(row.row().request()).storedKeys()) {
                        matchKey.setString(1, key);
                        matchKey.setObject(2, p.id);
                        matchKey.addBatch();
                    }
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
                    source.setObject(1, UUID.randomUUID());
                    source.setObject(2, sourcePerson);
                    source.setString(3, job.source.name());
                    source.setString(4, reference(job, row.row()));
                    source.setObject(5, job.id);
                    source.setInt(6, row.row().number());
                    source.setTimestamp(7, at);
                    source.addBatch();
                    audit.setTimestamp(1, at);
                    audit.setString(2, actor);
                    audit.setString(3, p != null ? "IMPORT_CREATE" : "IMPORT_ADD_SOURCE");
                    audit.setString(4, sourcePerson.toString());
                    audit.setString(5, json(Map.of("importId", job.id, "row", row.row().number())));
                    audit.addBatch();
                }
                result.setObject(1, job.id);
                result.setInt(2, row.row().number());
                result.setString(3, row.outcome().name());
                result.setObject(4, p == null ? null : p.id);
                result.setObject(5, row.duplicateOf());
                result.setString(6, row.message());
                result.addBatch();
            }
            for (PreparedStatement batch :
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
                batch.executeBatch();
            }
            outboxRows.execute();
        }
    }

    private static String reference(ImportJob job, ImportRow row) {
        String file =
                (job.fileName == null ? "import " + job.id : job.fileName) + " row " + row.number();
        return row.sourceReference() == null ? file : row.sourceReference() + " (" + file + ")";
    }

    private static String documentKey(DocumentInput d) {
        return d.type() + "|" + d.issuingCountry() + "|" + DocumentNumbers.key(d.number());
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
