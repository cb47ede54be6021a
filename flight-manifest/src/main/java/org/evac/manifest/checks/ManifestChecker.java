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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.readmodel.RegisteredDocument;
import org.evac.manifest.readmodel.RegisteredPerson;
import org.evac.manifest.readmodel.SeatAllocation;
import org.evac.manifest.submission.Passenger;

/**
 * Checks a manifest against the registry and coordination read models. Matching is by keyed
 * fingerprints only: the document fingerprint finds the person, then family-name and birth-date
 * fingerprints computed from the line are compared with the registry's. A handful of queries per
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
            @ConfigProperty(name = "evac.manifest.due-before-departure")
                    Duration dueBeforeDeparture) {
        this.fingerprints = fingerprints;
        this.documentFingerprints = documentFingerprints;
        this.entityManager = entityManager;
        this.dueBeforeDeparture = dueBeforeDeparture;
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

    public CheckOutcome check(Flight flight, List<Passenger> passengers, Instant submittedAt) {
        List<String> documents = passengers.stream().map(this::documentFingerprint).toList();
        Map<String, RegisteredPerson> registered =
                RegisteredDocument.matching(new HashSet<>(documents)).stream()
                        .collect(Collectors.toMap(d -> d.fingerprint, d -> d.person));
        Set<UUID> matchedIds =
                registered.values().stream().map(p -> p.personId).collect(Collectors.toSet());
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
        Set<String> onOtherOpenFlights = onOtherOpenFlights(flight.id, documents);
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
            RegisteredPerson person = registered.get(document);
            UUID personId = passenger.personId();
            if (person == null) {
                results.add(CheckResult.UNREGISTERED);
            } else {
                personId = person.personId;
                manifested.add(personId);
                compareIdentity(passenger, person, results);
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

    private void compareIdentity(
            Passenger passenger, RegisteredPerson person, Set<CheckResult> results) {
        if (!fingerprints.familyName(passenger.familyName()).equals(person.familyNameFingerprint)) {
            results.add(CheckResult.NAME_MISMATCH);
        }
        if (!birthDateAgrees(passenger.birthDate(), person.birthDateFingerprint)) {
            results.add(CheckResult.DOB_MISMATCH);
        }
    }

    /**
     * The registry fingerprints a birth date with the precision it knows (1985, 1985-03 or
     * 1985-03-12); a manifest date agrees when it or one of its coarser forms has the same
     * fingerprint.
     */
    private boolean birthDateAgrees(String birthDate, String registered) {
        for (int length : new int[] {birthDate.length(), 7, 4}) {
            if (length <= birthDate.length()
                    && fingerprints.birthDate(birthDate.substring(0, length)).equals(registered)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Set<String> onOtherOpenFlights(UUID flightId, List<String> documents) {
        List<String> found =
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
                        .setParameter(2, documents)
                        .getResultList();
        return new HashSet<>(found);
    }
}
