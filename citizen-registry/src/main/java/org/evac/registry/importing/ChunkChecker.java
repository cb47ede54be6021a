package org.evac.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.registry.document.DocumentNumbers;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.duplicate.DuplicateMatcher;
import org.evac.registry.duplicate.Identity;
import org.evac.registry.person.Category;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonGate;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonService;
import org.evac.registry.person.RegistryNumbers;
import org.evac.registry.person.Verification;
import org.evac.registry.quality.QualityFlag;
import org.evac.registry.quality.SoftRules;
import org.hibernate.Session;

/**
 * Checks one chunk of import rows with the same gates and duplicate detection as a single
 * registration: against the registry (three look-ups per chunk, not per row), the chunk being
 * written meanwhile, and the rows before it in this chunk. It gives the persons to create their
 * registry numbers and writes nothing; {@link ChunkPreparer} and {@link ChunkWriter} do.
 */
@ApplicationScoped
class ChunkChecker {

    private final EntityManager entityManager;
    private final PersonGate gate;

    ChunkChecker(EntityManager entityManager, PersonGate gate) {
        this.entityManager = entityManager;
        this.gate = gate;
    }

    private record Known(UUID id, Identity identity) {}

    /** What the rows are checked against: registered persons and those checked before them. */
    private record Registered(
            Map<String, UUID> documentOwners, NavigableMap<String, List<Known>> byKey) {

        void add(Person person, Identity identity, List<PersonDocument> documents) {
            documents.forEach(d -> documentOwners.put(documentKey(d), person.id));
            for (String key : identity.storedKeys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Known(person.id, identity));
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CheckedChunk check(List<ImportRow> rows, CheckedChunk inFlight) {
        Map<UUID, Category> qualifying =
                gate.qualifyingCategories(
                        rows.stream().map(ImportRow::request).filter(Objects::nonNull).toList());
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> check(connection, rows, inFlight, qualifying));
    }

    private CheckedChunk check(
            Connection connection,
            List<ImportRow> rows,
            CheckedChunk inFlight,
            Map<UUID, Category> qualifying)
            throws SQLException {
        try (Statement settings = connection.createStatement()) {
            // Each probe below finds a key or two at most: a plain index scan answers it, while a
            // bitmap scan (which the planner picks from stale statistics) builds a bitmap per
            // probe.
            settings.execute("set local enable_bitmapscan = off");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        Map<Integer, String> invalid = new HashMap<>();
        Map<Integer, Identity> identities = new HashMap<>();
        for (ImportRow row : rows) {
            Optional<String> problem =
                    row.readError() != null
                            ? Optional.of(row.readError())
                            : problems(row.request(), qualifying);
            problem.ifPresentOrElse(
                    p -> invalid.put(row.number(), p),
                    () -> identities.put(row.number(), PersonService.identity(row.request())));
        }
        Registered registered =
                new Registered(
                        documentOwners(connection, rows, invalid.keySet()),
                        candidates(connection, identities.values()));
        for (CheckedRow earlier : inFlight.rows()) {
            if (earlier.person() != null) {
                registered.add(earlier.person(), earlier.identity(), earlier.documents());
            }
        }
        Set<String> inThisChunk = new HashSet<>();
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            checked.add(
                    invalid.containsKey(row.number())
                            ? CheckedRow.notCreated(
                                    row, RowOutcome.INVALID, null, invalid.get(row.number()))
                            : check(
                                    row,
                                    identities.get(row.number()),
                                    registered,
                                    inThisChunk,
                                    now,
                                    today));
        }
        assignRegistryNumbers(connection, checked);
        return new CheckedChunk(checked);
    }

    private static void assignRegistryNumbers(Connection connection, List<CheckedRow> checked)
            throws SQLException {
        List<Person> created =
                checked.stream().map(CheckedRow::person).filter(Objects::nonNull).toList();
        if (created.isEmpty()) {
            return;
        }
        List<String> numbers = RegistryNumbers.draw(connection, created.size());
        for (int i = 0; i < created.size(); i++) {
            created.get(i).registryNumber = numbers.get(i);
        }
    }

    /** The gate's field errors, as one message: the same problems the API would answer. */
    private Optional<String> problems(PersonRequest request, Map<UUID, Category> qualifying) {
        List<FieldError> errors = gate.problems(request, qualifying);
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        errors.stream()
                                .map(e -> e.field() + " " + e.message())
                                .collect(Collectors.joining("; ")));
    }

    private CheckedRow check(
            ImportRow row,
            Identity identity,
            Registered registered,
            Set<String> inThisChunk,
            Instant now,
            LocalDate today) {
        PersonRequest request = row.request();
        for (DocumentInput d : list(request.documents())) {
            UUID owner = registered.documentOwners().get(documentKey(d));
            if (owner != null) {
                return CheckedRow.notCreated(
                        row,
                        RowOutcome.DUPLICATE,
                        owner,
                        inThisChunk.contains(documentKey(d))
                                ? "document " + d.type() + " appears earlier in the file"
                                : "document " + d.type() + " already registered");
            }
        }
        Optional<Map.Entry<Known, DuplicateMatcher.Match>> best =
                bestMatch(identity, registered.byKey());
        if (best.isPresent()) {
            return CheckedRow.notCreated(
                    row,
                    RowOutcome.LIKELY_DUPLICATE,
                    best.get().getKey().id(),
                    "score "
                            + best.get().getValue().score()
                            + ": "
                            + String.join(", ", best.get().getValue().reasons()));
        }
        Person person = new Person();
        person.id = TimeOrderedUuid.next();
        person.verification = Verification.UNVERIFIED;
        person.createdAt = now;
        person.updatedAt = now;
        PersonService.apply(person, request);
        List<PersonDocument> documents = new ArrayList<>();
        for (DocumentInput d : list(request.documents())) {
            PersonDocument document = new PersonDocument();
            document.id = TimeOrderedUuid.next();
            document.personId = person.id;
            document.type = d.type();
            document.issuingCountry = d.issuingCountry();
            document.number = d.number().strip();
            document.numberKey = DocumentNumbers.key(d.number());
            document.expiresOn = d.expiresOn();
            document.mrz = d.mrz();
            document.createdAt = now;
            documents.add(document);
            inThisChunk.add(documentKey(d));
        }
        person.qualityFlags.addAll(
                SoftRules.assess(
                        person,
                        documents.stream().map(d -> d.expiresOn).toList(),
                        list(request.contacts()).size(),
                        today));
        registered.add(person, identity, documents);
        RowOutcome outcome =
                person.qualityFlags.isEmpty() ? RowOutcome.CREATED : RowOutcome.FLAGGED;
        String message =
                person.qualityFlags.isEmpty()
                        ? null
                        : person.qualityFlags.stream()
                                .map(QualityFlag::name)
                                .sorted()
                                .collect(Collectors.joining(" "));
        return new CheckedRow(row, outcome, person, identity, documents, null, message);
    }

    private static Optional<Map.Entry<Known, DuplicateMatcher.Match>> bestMatch(
            Identity identity, NavigableMap<String, List<Known>> byKey) {
        Map<UUID, Known> seen = new HashMap<>();
        for (String key : identity.exactProbes()) {
            byKey.getOrDefault(key, List.of()).forEach(k -> seen.putIfAbsent(k.id(), k));
        }
        for (String prefix : identity.anyYearProbes()) {
            byKey.subMap(prefix, Identity.upperBound(prefix))
                    .values()
                    .forEach(known -> known.forEach(k -> seen.putIfAbsent(k.id(), k)));
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

    private static Map<String, UUID> documentOwners(
            Connection connection, List<ImportRow> rows, Set<Integer> invalid) throws SQLException {
        Set<String> numberKeys = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            if (!invalid.contains(row.number())) {
                list(row.request().documents())
                        .forEach(d -> numberKeys.add(DocumentNumbers.key(d.number())));
            }
        }
        Map<String, UUID> owners = new HashMap<>();
        if (numberKeys.isEmpty()) {
            return owners;
        }
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select d.type, d.issuing_country, d.number_key, coalesce(p.merged_into, p.id) "
                                + "from unnest(?::text[]) probe(number_key) "
                                + "join lateral (select * from person_document where number_key = probe.number_key offset 0) d on true "
                                + "join lateral (select * from person where id = d.person_id offset 0) p on true")) {
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

    private static NavigableMap<String, List<Known>> candidates(
            Connection connection, Collection<Identity> identities) throws SQLException {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (Identity identity : identities) {
            exact.addAll(identity.exactProbes());
            prefixes.addAll(identity.anyYearProbes());
        }
        NavigableMap<String, List<Known>> byKey = new TreeMap<>();
        if (exact.isEmpty()) {
            return byKey;
        }
        // Lateral joins with the probes, prefixes turned into key ranges: one index look-up per
        // probe whatever the planner believes. During a bulk load the statistics lag behind, and
        // "= any(?)" with a thousand-element array, a LIKE with a pattern from a column, or a hash
        // join fell back to scanning every key or person per chunk, making imports quadratic.
        // "offset 0" keeps the planner from flattening a lateral subquery into that hash join.
        String select = "select k.key, p.id, p.family_name, p.given_names, p.birth_date from ";
        String live =
                " join lateral (select * from person where id = k.person_id and merged_into is null offset 0) p on true";
        try (PreparedStatement query =
                connection.prepareStatement(
                        select
                                + "unnest(?::text[]) probe(key) join lateral "
                                + "(select * from person_match_key where key = probe.key offset 0) k on true"
                                + live)) {
            query.setArray(1, connection.createArrayOf("text", exact.toArray()));
            collect(query, byKey);
        }
        if (!prefixes.isEmpty()) {
            try (PreparedStatement query =
                    connection.prepareStatement(
                            select
                                    + "unnest(?::text[], ?::text[]) probe(low, high) join lateral (select * "
                                    + "from person_match_key where key >= probe.low and key < probe.high offset 0) k on true"
                                    + live)) {
                query.setArray(1, connection.createArrayOf("text", prefixes.toArray()));
                query.setArray(
                        2,
                        connection.createArrayOf(
                                "text", prefixes.stream().map(Identity::upperBound).toArray()));
                collect(query, byKey);
            }
        }
        return byKey;
    }

    private static void collect(PreparedStatement query, Map<String, List<Known>> byKey)
            throws SQLException {
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

    private static String documentKey(DocumentInput d) {
        return d.type() + "|" + d.issuingCountry() + "|" + DocumentNumbers.key(d.number());
    }

    private static String documentKey(PersonDocument d) {
        return d.type + "|" + d.issuingCountry + "|" + d.numberKey;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
