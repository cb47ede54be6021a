package org.evac.manifest.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.readmodel.RegisteredDocument;
import org.evac.manifest.readmodel.RegisteredPerson;
import org.evac.manifest.readmodel.SeatAllocation;
import org.evac.manifest.submission.Passenger;

/**
 * Checks a manifest against the registry and coordination read models. Matching is by keyed
 * fingerprints only: the document fingerprint (under every accepted key) finds the person, then
 * family-name and birth-date fingerprints computed from the line, under the key and scheme the
 * registry used for that person, are compared with the registry's. A handful of queries per
 * manifest, whatever its size.
 */
@ApplicationScoped
public class ManifestChecker {

    private final IdentityFingerprints fingerprints;
    private final DocumentFingerprints documentFingerprints;
    private final EntityManager entityManager;
    private final Duration dueBeforeDeparture;

    public ManifestChecker(
            IdentityFingerprints fingerprints,
            DocumentFingerprints documentFingerprints,
            EntityManager entityManager,
            ManifestConfig config) {
        this.fingerprints = fingerprints;
        this.documentFingerprints = documentFingerprints;
        this.entityManager = entityManager;
        this.dueBeforeDeparture = config.dueBeforeDeparture();
    }

    public String documentFingerprint(Passenger passenger) {
        return documentFingerprints.of(
                passenger.documentType(),
                passenger.documentIssuingCountry(),
                passenger.documentNumber());
    }

    public boolean isLate(Flight flight, Instant submittedAt) {
        return submittedAt.isAfter(flight.scheduledDeparture.minus(dueBeforeDeparture));
    }

    /** A registered person found by a document, and the key that document's fingerprint used. */
    private record Found(RegisteredPerson person, FingerprintKey key) {}

    public CheckOutcome check(Flight flight, List<Passenger> passengers, Instant submittedAt) {
        List<String> documents = passengers.stream().map(this::documentFingerprint).toList();
        List<List<String>> underEveryKey =
                passengers.stream()
                        .map(
                                p ->
                                        documentFingerprints.underEveryKey(
                                                p.documentType(),
                                                p.documentIssuingCountry(),
                                                p.documentNumber()))
                        .toList();
        Set<String> lookedUp = new HashSet<>();
        underEveryKey.forEach(lookedUp::addAll);
        Map<String, RegisteredPerson> byFingerprint =
                RegisteredDocument.matching(lookedUp).stream()
                        .collect(Collectors.toMap(d -> d.fingerprint, d -> d.person));
        // The registry may hold a passenger's document under either key during a rotation; the
        // current key's match wins, and the person's other fingerprints are under that key too.
        Map<String, Found> registered = new HashMap<>();
        for (int i = 0; i < passengers.size(); i++) {
            List<String> prints = underEveryKey.get(i);
            for (int k = 0; k < prints.size() && !registered.containsKey(documents.get(i)); k++) {
                RegisteredPerson person = byFingerprint.get(prints.get(k));
                if (person != null) {
                    registered.put(
                            documents.get(i), new Found(person, fingerprints.accepted().get(k)));
                }
            }
        }
        Set<UUID> matchedIds =
                registered.values().stream()
                        .map(f -> f.person().personId)
                        .collect(Collectors.toSet());
        Map<UUID, Set<UUID>> flightsByPerson = new HashMap<>();
        Set<UUID> allocatedHere = new LinkedHashSet<>();
        for (SeatAllocation seat : SeatAllocation.ofFlightOrPersons(flight.id, matchedIds)) {
            flightsByPerson
                    .computeIfAbsent(seat.key.personId(), id -> new HashSet<>())
                    .add(seat.key.flightId());
            if (seat.key.flightId().equals(flight.id)) {
                allocatedHere.add(seat.key.personId());
            }
        }
        Set<String> onOtherOpenFlights = onOtherOpenFlights(flight.id, underEveryKey, documents);
        Map<String, Long> occurrences =
                documents.stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        LocalDate departureDay = LocalDate.ofInstant(flight.scheduledDeparture, ZoneOffset.UTC);

        List<LineCheck> lines = new ArrayList<>(passengers.size());
        Set<UUID> manifested = new HashSet<>();
        for (int i = 0; i < passengers.size(); i++) {
            Passenger passenger = passengers.get(i);
            String document = documents.get(i);
            Set<CheckResult> results = EnumSet.noneOf(CheckResult.class);
            if (occurrences.get(document) > 1 || onOtherOpenFlights.contains(document)) {
                results.add(CheckResult.DUPLICATE);
            }
            if (passenger.documentExpiry() != null
                    && passenger.documentExpiry().isBefore(departureDay)) {
                results.add(CheckResult.DOCUMENT_EXPIRED);
            }
            Found found = registered.get(document);
            UUID personId = passenger.personId();
            if (found == null) {
                results.add(CheckResult.UNREGISTERED);
            } else {
                personId = found.person().personId;
                manifested.add(personId);
                compareIdentity(passenger, found, results);
                if (!flightsByPerson.getOrDefault(personId, Set.of()).contains(flight.id)) {
                    results.add(CheckResult.NOT_ALLOCATED);
                }
            }
            if (results.isEmpty()) {
                results.add(CheckResult.CLEARED);
            }
            lines.add(new LineCheck(document, personId, results));
        }
        List<UUID> missing =
                allocatedHere.stream().filter(id -> !manifested.contains(id)).sorted().toList();
        return new CheckOutcome(
                lines,
                isLate(flight, submittedAt),
                passengers.size() > flight.seatCapacity,
                missing);
    }

    /** Under the key and scheme the registry made this person's fingerprints with. */
    private void compareIdentity(Passenger passenger, Found found, Set<CheckResult> results) {
        RegisteredPerson person = found.person();
        if (!found.key()
                .familyName(passenger.familyName(), person.scheme())
                .equals(person.familyNameFingerprint)) {
            results.add(CheckResult.NAME_MISMATCH);
        }
        if (!birthDateAgrees(found.key(), passenger.birthDate(), person.birthDateFingerprint)) {
            results.add(CheckResult.DOB_MISMATCH);
        }
    }

    /**
     * The registry fingerprints a birth date with the precision it knows (1985, 1985-03 or
     * 1985-03-12); a manifest date agrees when it or one of its coarser forms has the same
     * fingerprint.
     */
    private static boolean birthDateAgrees(
            FingerprintKey key, String birthDate, String registered) {
        for (int length : new int[] {birthDate.length(), 7, 4}) {
            if (length <= birthDate.length()
                    && key.birthDate(birthDate.substring(0, length)).equals(registered)) {
                return true;
            }
        }
        return false;
    }

    /**
     * This revision's documents (as {@code documents}, under the current key) that are on the
     * latest revision of another open flight, whose lines may still be under the previous key.
     */
    @SuppressWarnings("unchecked")
    private Set<String> onOtherOpenFlights(
            UUID flightId, List<List<String>> underEveryKey, List<String> documents) {
        List<String> all = underEveryKey.stream().flatMap(List::stream).toList();
        Set<String> found =
                new HashSet<>(
                        entityManager
                                .createNativeQuery(
                                        """
                select distinct l.document_fingerprint
                from passenger_line l
                join manifest_revision r on r.id = l.revision_id
                join flight f on f.id = r.flight_id and r.revision = f.current_revision
                where f.id <> ?1 and f.status in ('SCHEDULED', 'DELAYED', 'BOARDING')
                  and l.document_fingerprint in (?2)""")
                                .setParameter(1, flightId)
                                .setParameter(2, all)
                                .getResultList());
        Set<String> onOther = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            if (underEveryKey.get(i).stream().anyMatch(found::contains)) {
                onOther.add(documents.get(i));
            }
        }
        return onOther;
    }
}
