package org.evac.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.evac.registry.duplicate.DuplicateFinder;
import org.evac.registry.duplicate.DuplicateScorer;
import org.evac.registry.duplicate.DuplicateScorer.Band;
import org.evac.registry.duplicate.Identity;
import org.evac.registry.duplicate.RegisteredIdentity;
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
    private final Clock clock;

    ChunkChecker(EntityManager entityManager, PersonGate gate, Clock clock) {
        this.entityManager = entityManager;
        this.gate = gate;
        this.clock = clock;
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
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
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
                        registered(connection, identities.values()));
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
        List<Candidate> candidates = candidates(identity, registered.byKey());
        Candidate best = candidates.isEmpty() ? null : candidates.get(0);
        if (best != null && best.match().band() == Band.LIKELY) {
            return CheckedRow.notCreated(
                    row,
                    RowOutcome.LIKELY_DUPLICATE,
                    best.known().id(),
                    "score "
                            + best.match().score()
                            + ": "
                            + String.join(", ", best.match().reasons()));
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
        String flags =
                person.qualityFlags.stream()
                        .map(QualityFlag::name)
                        .sorted()
                        .collect(Collectors.joining(" "));
        List<CheckedRow.Review> reviews =
                candidates.stream()
                        .map(c -> new CheckedRow.Review(c.known().id(), c.match()))
                        .toList();
        if (best != null) {
            String message =
                    "possible duplicate, queued for review: score "
                            + best.match().score()
                            + ": "
                            + String.join(", ", best.match().reasons())
                            + (flags.isEmpty() ? "" : "; flags " + flags);
            return new CheckedRow(
                    row,
                    RowOutcome.POSSIBLE_DUPLICATE,
                    person,
                    identity,
                    documents,
                    best.known().id(),
                    message,
                    reviews);
        }
        return new CheckedRow(
                row,
                person.qualityFlags.isEmpty() ? RowOutcome.CREATED : RowOutcome.FLAGGED,
                person,
                identity,
                documents,
                null,
                flags.isEmpty() ? null : flags,
                List.of());
    }

    private record Candidate(Known known, DuplicateScorer.Match match) {}

    /** The possible and likely duplicates among the persons the probes find, strongest first. */
    private static List<Candidate> candidates(
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
        List<Candidate> candidates = new ArrayList<>();
        for (Known known : seen.values()) {
            DuplicateScorer.Match match = DuplicateScorer.compare(identity, known.identity());
            if (match.band() != Band.DIFFERENT) {
                candidates.add(new Candidate(known, match));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.match().weight()).reversed());
        return candidates.size() > DuplicateFinder.MAX_CANDIDATES
                ? candidates.subList(0, DuplicateFinder.MAX_CANDIDATES)
                : candidates;
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

    private static NavigableMap<String, List<Known>> registered(
            Connection connection, Collection<Identity> identities) throws SQLException {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (Identity identity : identities) {
            exact.addAll(identity.exactProbes());
            prefixes.addAll(identity.anyYearProbes());
        }
        NavigableMap<String, List<Known>> byKey = new TreeMap<>();
        for (RegisteredIdentity.Found found :
                RegisteredIdentity.find(connection, exact, prefixes)) {
            byKey.computeIfAbsent(found.key(), k -> new ArrayList<>())
                    .add(new Known(found.person().id(), found.person().identity()));
        }
        return byKey;
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
