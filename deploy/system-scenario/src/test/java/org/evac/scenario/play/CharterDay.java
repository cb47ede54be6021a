package org.evac.scenario.play;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.client.coordination.model.Journey;
import org.evac.client.coordination.model.JourneyState;
import org.evac.client.manifest.api.ManifestsApi;
import org.evac.client.manifest.model.CheckReport;
import org.evac.client.manifest.model.CheckResult;
import org.evac.client.manifest.model.FlightStatus;
import org.evac.client.manifest.model.LineResult;
import org.evac.client.manifest.model.ManifestDiff;
import org.evac.client.manifest.model.Passenger;
import org.evac.client.manifest.model.Sex;
import org.evac.client.registry.api.DocumentsApi;
import org.evac.client.registry.model.DocumentInput;
import org.evac.client.registry.model.DocumentType;
import org.evac.scenario.api.Keys;
import org.evac.scenario.api.Services;
import org.evac.scenario.observe.KafkaWatch;
import org.evac.scenario.play.Ledger.Charter;
import org.evac.scenario.population.Member;
import org.evac.scenario.population.Member.Document;
import org.evac.scenario.population.Spelling;

/**
 * One charter from manifest to Doha. The operator files the passengers coordination seated, in its
 * own format; the first charter's first revision also lists two escorts who are not in the registry
 * and forgets one allocated passenger, and the passenger whose passport expired is on the revision
 * with it, so the checks flag them; a revision after the change (a renewed passport registered, the
 * forgotten passenger added, the escorts taken off) clears everyone. At the gate a family does not
 * show up on the first three charters; everyone else boards, the flight departs and lands.
 */
public final class CharterDay {

    private static final Duration QUIET = Duration.ofMinutes(5);
    private static final LocalDate RENEWED_UNTIL = LocalDate.of(2031, 8, 31);

    private final Services services;
    private final Ledger ledger;
    private final Findings findings;
    private final OperatorDesk operator;
    private final JourneyBook journeys;
    private final KafkaWatch kafka;
    private final Map<UUID, Document> renewed = new HashMap<>();
    private final Map<Integer, List<Member>> boarded = new HashMap<>();

    public CharterDay(
            Services services,
            Ledger ledger,
            Findings findings,
            OperatorDesk operator,
            JourneyBook journeys,
            KafkaWatch kafka) {
        this.services = services;
        this.ledger = ledger;
        this.findings = findings;
        this.operator = operator;
        this.journeys = journeys;
        this.kafka = kafka;
    }

    /** Files the charter's manifest, and a second revision if the checks found problems. */
    public void fileManifests(Charter charter) throws InterruptedException {
        String where = charter.flightNumber() + " manifest";
        List<Member> seated = seated(charter);
        if (seated.isEmpty()) {
            // A small evacuation (evac.scenario.households) does not fill every charter.
            System.out.printf("[scenario] %s: nobody to fly%n", charter.flightNumber());
            return;
        }
        Member holder = ledger.population().expiredPassportHolder();
        boolean holderHere = seated.contains(holder);
        Optional<Member> forgotten =
                charter.number() == 1 ? forgettable(seated, holder) : Optional.empty();
        List<Member> listed =
                seated.stream().filter(m -> forgotten.map(f -> !f.equals(m)).orElse(true)).toList();
        List<Passenger> first = new ArrayList<>(lines(listed));
        if (charter.number() == 1) {
            first.add(escort("AL-KUWARI", "HAMAD", "1984-02-11", "QA1234567", "31A"));
            first.add(escort("AL-MARRI", "SALEM", "1990-07-23", "QA7654321", "31B"));
        }
        // Filed as soon as the seats are allocated, as an operator would: the seat events may not
        // have reached flight-manifest yet. Its checks are evaluated again as they arrive, so once
        // the system is quiet the latest evaluation must be the right one.
        CheckReport report = operator.file(charter, first);
        kafka.awaitQuiet(QUIET);
        expectResults(
                where + " revision 1",
                operator.latestChecks(charter),
                seated,
                holderHere,
                forgotten,
                true);
        if (charter.number() != 1 && !holderHere) {
            return;
        }
        if (holderHere) {
            // The registry's event with the new document may reach flight-manifest after the
            // second revision: the checks are evaluated again when it does.
            renewPassport(holder);
        }
        CheckReport second = operator.file(charter, lines(seated));
        kafka.awaitQuiet(QUIET);
        expectResults(
                where + " revision 2",
                operator.latestChecks(charter),
                seated,
                false,
                Optional.empty(),
                false);
        ManifestDiff diff =
                services.operator()
                        .call(
                                c ->
                                        new ManifestsApi(c)
                                                .diffManifests(
                                                        charter.flightId(),
                                                        report.getRevision(),
                                                        second.getRevision()));
        // The diff knows a passenger by their document: a renewed passport is one line removed
        // and one added.
        findings.expectEqual(
                where,
                "passengers added by revision 2",
                (forgotten.isPresent() ? 1 : 0) + (holderHere ? 1 : 0),
                diff.getAdded().size());
        findings.expectEqual(
                where,
                "passengers removed by revision 2",
                (charter.number() == 1 ? 2 : 0) + (holderHere ? 1 : 0),
                diff.getRemoved().size());
    }

    /** Boarding: every line of the latest revision, one family recorded as a no-show if asked. */
    public void board(Charter charter, boolean withNoShow) {
        Integer revision = operator.flight(charter).getCurrentRevision();
        if (revision == null || revision == 0) {
            return;
        }
        CheckReport latest = operator.latestChecks(charter);
        Map<Integer, Member> byLine = new HashMap<>();
        for (LineResult line : latest.getPassengers()) {
            if (line.getPersonId() != null) {
                byLine.put(line.getLineNumber(), ledger.member(line.getPersonId()).orElseThrow());
            }
        }
        Set<Integer> absent =
                withNoShow
                        ? byLine.values().stream()
                                .filter(m -> !m.equals(ledger.population().expiredPassportHolder()))
                                .map(Member::householdKey)
                                .min(Comparator.naturalOrder())
                                .map(Set::of)
                                .orElse(Set.of())
                        : Set.of();
        List<Integer> boarding = new ArrayList<>();
        List<Integer> noShows = new ArrayList<>();
        List<Member> onBoard = new ArrayList<>();
        byLine.forEach(
                (line, member) -> {
                    if (absent.contains(member.householdKey())) {
                        noShows.add(line);
                        ledger.noShow(member);
                    } else {
                        boarding.add(line);
                        onBoard.add(member);
                    }
                });
        operator.status(charter, FlightStatus.BOARDING);
        operator.board(charter, boarding, noShows);
        boarded.put(charter.number(), onBoard);
        System.out.printf(
                "[scenario] %s: %d boarded, %d no-shows%n",
                charter.flightNumber(), boarding.size(), noShows.size());
    }

    /** Departure and arrival in Doha. */
    public void fly(Charter charter) {
        if (operator.flight(charter).getStatus() == FlightStatus.SCHEDULED) {
            operator.status(charter, FlightStatus.BOARDING); // nobody to board
        }
        operator.status(charter, FlightStatus.DEPARTED);
        operator.status(charter, FlightStatus.ARRIVED);
        boarded.getOrDefault(charter.number(), List.of()).forEach(ledger::flew);
    }

    /** The members coordination has seated on the charter, family by family. */
    private List<Member> seated(Charter charter) {
        Map<UUID, Journey> all = journeys.read(ledger.offeredIds());
        return all.entrySet().stream()
                .filter(e -> charter.flightId().equals(e.getValue().getFlightId()))
                .filter(e -> e.getValue().getState() == JourneyState.SEAT_ASSIGNED)
                .map(e -> ledger.member(e.getKey()).orElseThrow())
                .sorted(Comparator.comparing(Member::householdKey).thenComparing(Member::key))
                .toList();
    }

    /** A member of a family with several seats whom the operator's first list leaves out. */
    private static Optional<Member> forgettable(List<Member> seated, Member holder) {
        Map<Integer, List<Member>> families =
                seated.stream().collect(Collectors.groupingBy(Member::householdKey));
        return families.values().stream()
                .filter(f -> f.size() >= 2 && !f.contains(holder))
                .map(f -> f.get(f.size() - 1))
                .findFirst();
    }

    private void expectResults(
            String where,
            CheckReport report,
            List<Member> seated,
            boolean expiredPassportListed,
            Optional<Member> forgotten,
            boolean escortsListed) {
        Set<UUID> expectedPersons =
                seated.stream()
                        .filter(m -> forgotten.map(f -> !f.equals(m)).orElse(true))
                        .map(ledger::personId)
                        .collect(Collectors.toSet());
        UUID holder = ledger.personId(ledger.population().expiredPassportHolder());
        for (LineResult line : report.getPassengers()) {
            Set<CheckResult> results = line.getResults();
            if (line.getPersonId() == null) {
                findings.expect(
                        escortsListed && results.equals(EnumSet.of(CheckResult.UNREGISTERED)),
                        where,
                        "line " + line.getLineNumber() + " matched nobody: " + results);
            } else if (line.getPersonId().equals(holder) && expiredPassportListed) {
                findings.expect(
                        results.contains(CheckResult.DOCUMENT_EXPIRED),
                        where,
                        "the expired passport on line " + line.getLineNumber() + " was " + results);
            } else {
                findings.expect(
                        results.equals(EnumSet.of(CheckResult.CLEARED)),
                        where,
                        "line "
                                + line.getLineNumber()
                                + " of a seated passenger was "
                                + results
                                + (results.contains(CheckResult.NOT_ALLOCATED)
                                        ? " (the seat events had not arrived, or were lost)"
                                        : ""));
            }
        }
        Set<UUID> matched =
                report.getPassengers().stream()
                        .map(LineResult::getPersonId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet());
        findings.expect(
                matched.equals(expectedPersons),
                where,
                "the lines matched "
                        + matched.size()
                        + " persons, "
                        + expectedPersons.size()
                        + " expected");
        List<UUID> missing = forgotten.map(ledger::personId).map(List::of).orElse(List.of());
        findings.expect(
                report.getMissingAllocated().equals(missing),
                where,
                "allocated but missing: " + report.getMissingAllocated() + ", expected " + missing);
        findings.expect(
                report.getFlightResults().contains(CheckResult.MISSING_ALLOCATED)
                        == forgotten.isPresent(),
                where,
                "flight results " + report.getFlightResults());
    }

    /** The passport office renewed the expired passport; the coordinator registers the new one. */
    private void renewPassport(Member holder) {
        Document old = holder.document().orElseThrow();
        String number =
                old.type() == DocumentType.US_PASSPORT
                        ? "6" + String.format("%08d", holder.key())
                        : "PR" + String.format("%07d", holder.key());
        Document passport = new Document(old.type(), old.country(), number, RENEWED_UNTIL);
        String key = Keys.fresh();
        services.registry()
                .call(
                        c ->
                                new DocumentsApi(c)
                                        .addDocument(
                                                ledger.personId(holder),
                                                new DocumentInput()
                                                        .type(passport.type())
                                                        .issuingCountry(passport.country())
                                                        .number(passport.number())
                                                        .expiresOn(passport.expiresOn()),
                                                key));
        renewed.put(ledger.personId(holder), passport);
    }

    private List<Passenger> lines(List<Member> members) {
        List<Passenger> lines = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Document document =
                    renewed.getOrDefault(ledger.personId(m), m.document().orElseThrow());
            // One operator in eight spells the family name its own way; the checks fold it.
            String family =
                    m.key() % 8 == 3
                            ? Spelling.variant(m.familyName(), m.key() + 1L)
                            : m.familyName();
            lines.add(
                    new Passenger()
                            .familyName(family.toUpperCase(java.util.Locale.ROOT))
                            .givenNames(m.givenNames().toUpperCase(java.util.Locale.ROOT))
                            .birthDate(m.birthDate())
                            .sex(
                                    m.sex() == org.evac.client.registry.model.Sex.FEMALE
                                            ? Sex.F
                                            : Sex.M)
                            .nationality(
                                    m.category()
                                                    == org.evac.client.registry.model.Category
                                                            .US_CITIZEN
                                            ? "USA"
                                            : "AFG")
                            .documentType(document.icaoType())
                            .documentNumber(document.number())
                            .documentIssuingCountry(document.country())
                            .documentExpiry(document.expiresOn())
                            .seat((10 + i / 6) + String.valueOf("ABCDEF".charAt(i % 6))));
        }
        return lines;
    }

    private static Passenger escort(
            String family, String given, String born, String passport, String seat) {
        return new Passenger()
                .familyName(family)
                .givenNames(given)
                .birthDate(born)
                .sex(Sex.M)
                .nationality("QAT")
                .documentType("P")
                .documentNumber(passport)
                .documentIssuingCountry("QAT")
                .documentExpiry(LocalDate.of(2029, 3, 1))
                .seat(seat);
    }
}
