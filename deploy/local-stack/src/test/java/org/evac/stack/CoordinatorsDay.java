package org.evac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.client.coordination.api.JourneysApi;
import org.evac.client.coordination.api.OffersApi;
import org.evac.client.coordination.api.SeatAllocationApi;
import org.evac.client.coordination.model.AcceptOffer;
import org.evac.client.coordination.model.AllocationPlan;
import org.evac.client.coordination.model.AllocationRequest;
import org.evac.client.coordination.model.Channel;
import org.evac.client.coordination.model.JourneyState;
import org.evac.client.coordination.model.MakeOffer;
import org.evac.client.coordination.model.Offer;
import org.evac.client.coordination.model.OfferStatus;
import org.evac.client.manifest.api.BoardingApi;
import org.evac.client.manifest.api.FlightsApi;
import org.evac.client.manifest.api.ManifestsApi;
import org.evac.client.manifest.api.OperatorsApi;
import org.evac.client.manifest.model.Boarding;
import org.evac.client.manifest.model.BoardingRequest;
import org.evac.client.manifest.model.CheckReport;
import org.evac.client.manifest.model.CheckResult;
import org.evac.client.manifest.model.Flight;
import org.evac.client.manifest.model.FlightRequest;
import org.evac.client.manifest.model.FlightStatus;
import org.evac.client.manifest.model.LineResult;
import org.evac.client.manifest.model.ManifestRequest;
import org.evac.client.manifest.model.OperatorRequest;
import org.evac.client.manifest.model.Passenger;
import org.evac.client.manifest.model.StatusChange;
import org.evac.client.registry.api.DuplicatesApi;
import org.evac.client.registry.api.HouseholdsApi;
import org.evac.client.registry.api.PersonsApi;
import org.evac.client.registry.api.VerificationApi;
import org.evac.client.registry.model.Category;
import org.evac.client.registry.model.CreateHousehold;
import org.evac.client.registry.model.DepartureWish;
import org.evac.client.registry.model.DocumentInput;
import org.evac.client.registry.model.DocumentType;
import org.evac.client.registry.model.DuplicateCandidate;
import org.evac.client.registry.model.Household;
import org.evac.client.registry.model.HouseholdMemberInput;
import org.evac.client.registry.model.Location;
import org.evac.client.registry.model.Person;
import org.evac.client.registry.model.PersonRequest;
import org.evac.client.registry.model.Province;
import org.evac.client.registry.model.QualifyingRelationship;
import org.evac.client.registry.model.QualifyingRelative;
import org.evac.client.registry.model.RegistryStatus;
import org.evac.client.registry.model.Relationship;
import org.evac.client.registry.model.Sex;
import org.evac.client.registry.model.SourceInput;
import org.evac.client.registry.model.SourceKind;
import org.evac.client.registry.model.Verification;
import org.evac.client.registry.model.VerificationRequest;

/**
 * A coordinator's whole day with one household, driven only through the Java clients generated from
 * the services' OpenAPI documents (module api-clients): typed requests and responses, no raw HTTP.
 * The services talk to each other through Kafka, so what one service learns from another is polled
 * for through the clients until it shows.
 */
final class CoordinatorsDay {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final LocalDate PASSPORTS_EXPIRE = LocalDate.of(2030, 1, 31);

    private final PersonsApi persons;
    private final DuplicatesApi duplicates;
    private final VerificationApi verification;
    private final HouseholdsApi households;
    private final OffersApi offers;
    private final SeatAllocationApi allocation;
    private final JourneysApi journeys;
    private final OperatorsApi operatorsAsAdmin;
    private final FlightsApi flights;
    private final ManifestsApi manifests;
    private final BoardingApi boarding;

    CoordinatorsDay(Clients clients, String coordinator, String admin, String operator) {
        var registry = clients.registry(coordinator);
        persons = new PersonsApi(registry);
        duplicates = new DuplicatesApi(registry);
        verification = new VerificationApi(registry);
        households = new HouseholdsApi(registry);
        var coordination = clients.coordination(coordinator);
        offers = new OffersApi(coordination);
        allocation = new SeatAllocationApi(coordination);
        journeys = new JourneysApi(coordination);
        operatorsAsAdmin = new OperatorsApi(clients.manifest(admin));
        var asOperator = clients.manifest(operator);
        flights = new FlightsApi(asOperator);
        manifests = new ManifestsApi(asOperator);
        boarding = new BoardingApi(asOperator);
    }

    void run() throws Exception {
        // The registry: check, register, verify, and link the household.
        String headPassport = "5" + digits(8);
        String spousePassport = "P" + digits(7);
        String childPassport = "P" + digits(7);
        PersonRequest headRequest =
                person(
                        "HAIDARI",
                        "Ahmad Zia",
                        "1979-05-14",
                        Sex.MALE,
                        Category.US_CITIZEN,
                        document(DocumentType.US_PASSPORT, "USA", headPassport));
        List<DuplicateCandidate> candidates = duplicates.checkDuplicates(headRequest, newKey());
        assertThat(candidates).as("duplicate candidates of a newcomer").isEmpty();
        Person head = registerVerified(headRequest);
        Person spouse =
                registerVerified(
                        person(
                                "HAIDARI",
                                "Marzia",
                                "1983-11-02",
                                Sex.FEMALE,
                                Category.LAWFUL_PERMANENT_RESIDENT,
                                document(DocumentType.AFGHAN_PASSPORT, "AFG", spousePassport)));
        Person child =
                registerVerified(
                        person(
                                        "HAIDARI",
                                        "Sana",
                                        "2015-03-20",
                                        Sex.FEMALE,
                                        Category.IMMEDIATE_RELATIVE,
                                        document(
                                                DocumentType.AFGHAN_PASSPORT, "AFG", childPassport))
                                .qualifyingRelative(
                                        new QualifyingRelative()
                                                .personId(head.getId())
                                                .relationship(QualifyingRelationship.PARENT)));
        Household household =
                households.createHousehold(
                        new CreateHousehold()
                                .headPersonId(head.getId())
                                .members(
                                        List.of(
                                                member(spouse, Relationship.SPOUSE),
                                                member(child, Relationship.CHILD))),
                        newKey());
        List<UUID> family = List.of(head.getId(), spouse.getId(), child.getId());
        assertThat(household.getMembers()).hasSize(3);

        Flight flight = scheduleFlight();

        // Coordination: offer, acceptance, seats.
        Offer offer =
                eventually(
                        "an offer once coordination has read the household",
                        () ->
                                offers.makeOffer(
                                        new MakeOffer()
                                                .householdId(household.getId())
                                                .channel(Channel.PHONE)
                                                .respondBy(
                                                        OffsetDateTime.now(ZoneOffset.UTC)
                                                                .plusDays(2)
                                                                .truncatedTo(ChronoUnit.SECONDS)),
                                        newKey()));
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.OFFERED);
        assertThat(offer.getPersonIds()).containsExactlyInAnyOrderElementsOf(family);
        Offer accepted = offers.acceptOffer(offer.getOfferId(), newKey(), new AcceptOffer());
        assertThat(accepted.getStatus()).isEqualTo(OfferStatus.ACCEPTED);

        AllocationRequest onThisFlight = new AllocationRequest().flightId(flight.getId());
        AllocationPlan plan =
                eventually(
                        "a dry run seating the household once coordination knows the flight",
                        () -> {
                            AllocationPlan dryRun =
                                    allocation.planAllocation(onThisFlight, newKey());
                            assertThat(dryRun.getPersonsSeated()).isEqualTo(3);
                            return dryRun;
                        });
        assertThat(plan.getApplied()).isFalse();
        AllocationPlan applied = allocation.applyAllocation(onThisFlight, newKey());
        assertThat(applied.getApplied()).isTrue();
        assertThat(applied.getPersonsSeated()).isEqualTo(3);
        for (UUID person : family) {
            eventually(
                    "a seat for " + person,
                    () ->
                            assertThat(journeys.getJourney(person).getState())
                                    .isEqualTo(JourneyState.SEAT_ASSIGNED));
        }

        // The operator: manifest, checks, boarding, departure, arrival.
        ManifestRequest passengers =
                new ManifestRequest()
                        .passengers(
                                List.of(
                                        passenger(
                                                "HAIDARI",
                                                "AHMAD ZIA",
                                                "1979-05-14",
                                                org.evac.client.manifest.model.Sex.M,
                                                "USA",
                                                headPassport,
                                                "12A"),
                                        // The operator's transliteration differs from the
                                        // registry's; the check folds it.
                                        passenger(
                                                "HAYDARI",
                                                "MARZIA",
                                                "1983-11-02",
                                                org.evac.client.manifest.model.Sex.F,
                                                "AFG",
                                                spousePassport,
                                                "12B"),
                                        passenger(
                                                "HAIDARI",
                                                "SANA",
                                                "2015-03-20",
                                                org.evac.client.manifest.model.Sex.F,
                                                "AFG",
                                                childPassport,
                                                "12C")));
        CheckReport report =
                eventually(
                        "a manifest cleared once flight-manifest has the registry's and the"
                                + " allocation's events",
                        () -> {
                            CheckReport uploaded =
                                    manifests.uploadJsonManifest(
                                            flight.getId(), passengers, newKey());
                            CheckReport checks =
                                    manifests.getManifestChecks(
                                            flight.getId(), uploaded.getRevision().toString());
                            assertThat(checks.getPassengers())
                                    .hasSize(3)
                                    .extracting(LineResult::getResults)
                                    .allSatisfy(
                                            results ->
                                                    assertThat(results)
                                                            .containsExactly(CheckResult.CLEARED));
                            return checks;
                        });
        assertThat(report.getPassengers())
                .extracting(LineResult::getPersonId)
                .containsExactlyInAnyOrderElementsOf(family);

        setStatus(flight, FlightStatus.BOARDING);
        for (int line = 1; line <= 3; line++) {
            Boarding boarded =
                    boarding.recordBoarding(
                            flight.getId(), new BoardingRequest().lineNumber(line), newKey());
            assertThat(boarded.getLineNumber()).isEqualTo(line);
        }
        setStatus(flight, FlightStatus.DEPARTED);
        setStatus(flight, FlightStatus.ARRIVED);

        // Back at the registry and coordination: the household is out.
        for (UUID person : family) {
            eventually(
                    "arrival in Doha of " + person,
                    () ->
                            assertThat(journeys.getJourney(person).getState())
                                    .isEqualTo(JourneyState.ARRIVED_DOHA));
            eventually(
                    "the registry marking " + person + " departed",
                    () ->
                            assertThat(persons.getPerson(person).getStatus())
                                    .isEqualTo(RegistryStatus.DEPARTED));
        }
    }

    private Person registerVerified(PersonRequest request) throws Exception {
        Person person = persons.registerPerson(request, true, newKey());
        assertThat(person.getStatus()).isEqualTo(RegistryStatus.ACTIVE);
        Person verified =
                verification.verifyPerson(
                        person.getId(),
                        new VerificationRequest()
                                .reason("passport seen on video call")
                                .evidenceDocumentId(person.getDocuments().get(0).getId()),
                        newKey());
        assertThat(verified.getVerification().getState()).isEqualTo(Verification.VERIFIED);
        return verified;
    }

    private Flight scheduleFlight() throws Exception {
        try {
            operatorsAsAdmin.registerOperator(
                    new OperatorRequest()
                            .code("QR")
                            .iataDesignator("QR")
                            .icaoDesignator("QTR")
                            .name("Qatar Airways charter desk"),
                    newKey());
        } catch (org.evac.client.manifest.ApiException e) {
            // A stack started with --seed has the operator already.
            assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(409);
        }
        OffsetDateTime departure =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        Flight flight =
                flights.scheduleFlight(
                        new FlightRequest()
                                .operatorCode("QR")
                                .flightNumber(
                                        "QR" + (8000 + ThreadLocalRandom.current().nextInt(1000)))
                                .scheduledDeparture(departure)
                                .scheduledArrival(departure.plusHours(3))
                                .aircraftType("B77W")
                                .seatCapacity(300)
                                .reservedSeats(120),
                        newKey());
        assertThat(flight.getStatus()).isEqualTo(FlightStatus.SCHEDULED);
        return flight;
    }

    private void setStatus(Flight flight, FlightStatus status) throws Exception {
        Flight changed =
                flights.changeFlightStatus(
                        flight.getId(), new StatusChange().status(status), newKey());
        assertThat(changed.getStatus()).isEqualTo(status);
    }

    private static PersonRequest person(
            String family,
            String given,
            String birthDate,
            Sex sex,
            Category category,
            DocumentInput document) {
        return new PersonRequest()
                .familyName(family)
                .givenNames(given)
                .birthDate(birthDate)
                .sex(sex)
                .category(category)
                .departureWish(DepartureWish.WANTS_TO_LEAVE)
                .location(new Location().province(Province.AF_KAB).district("Kabul"))
                .documents(List.of(document))
                .sources(
                        List.of(
                                new SourceInput()
                                        .source(SourceKind.STEP_ENROLMENT)
                                        .reference("STEP-" + document.getNumber())));
    }

    private static DocumentInput document(DocumentType type, String country, String number) {
        return new DocumentInput()
                .type(type)
                .issuingCountry(country)
                .number(number)
                .expiresOn(PASSPORTS_EXPIRE);
    }

    private static HouseholdMemberInput member(Person person, Relationship relationship) {
        return new HouseholdMemberInput().personId(person.getId()).relationship(relationship);
    }

    private static Passenger passenger(
            String family,
            String given,
            String birthDate,
            org.evac.client.manifest.model.Sex sex,
            String country,
            String passport,
            String seat) {
        return new Passenger()
                .familyName(family)
                .givenNames(given)
                .birthDate(birthDate)
                .sex(sex)
                .nationality(country)
                .documentType("P")
                .documentNumber(passport)
                .documentIssuingCountry(country)
                .documentExpiry(PASSPORTS_EXPIRE)
                .seat(seat);
    }

    /**
     * A fresh Idempotency-Key for each POST, as a client that retries on a lost answer sends: a
     * retry after a refusal (the event has not arrived yet) is a new request, so it gets a new key.
     */
    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Retries a call through a generated client until it answers and its assertions hold: the
     * service it asks learns of the others' changes through Kafka, a moment later.
     */
    private static <T> T eventually(String what, ThrowingSupplier<T> call) {
        @SuppressWarnings("unchecked")
        T[] result = (T[]) new Object[1];
        await(what)
                .atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(CoordinatorsDay::notYet)
                .untilAsserted(() -> result[0] = call.get());
        return result[0];
    }

    private static void eventually(String what, ThrowingRunnable check) {
        eventually(
                what,
                () -> {
                    check.run();
                    return null;
                });
    }

    /** A 4xx answer from any of the three clients: the service has not seen the event yet. */
    private static boolean notYet(Throwable e) {
        int code =
                e instanceof org.evac.client.registry.ApiException r
                        ? r.getCode()
                        : e instanceof org.evac.client.coordination.ApiException c
                                ? c.getCode()
                                : e instanceof org.evac.client.manifest.ApiException m
                                        ? m.getCode()
                                        : 0;
        return code >= 400 && code < 500;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
