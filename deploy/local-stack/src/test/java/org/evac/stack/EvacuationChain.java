package org.evac.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** One household's evacuation driven through the public APIs of the three running services. */
final class EvacuationChain {

    private static final String REGISTRY = "http://localhost:8081";
    private static final String COORDINATION = "http://localhost:8082";
    private static final String MANIFEST = "http://localhost:8083";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private final String coordinator;
    private final String admin;
    private final String operator;

    EvacuationChain(String coordinator, String admin, String operator) {
        this.coordinator = coordinator;
        this.admin = admin;
        this.operator = operator;
    }

    void run() {
        String headPassport = "5" + digits(8);
        String spousePassport = "P" + digits(7);
        String head =
                registerVerified("HAIDARI", "Ahmad Zia", "1979-05-14", "US_CITIZEN", headPassport);
        String spouse =
                registerVerified(
                        "HAIDARI",
                        "Marzia",
                        "1983-11-02",
                        "LAWFUL_PERMANENT_RESIDENT",
                        spousePassport);
        String household =
                as(coordinator, REGISTRY)
                        .body(
                                Map.of(
                                        "headPersonId",
                                        head,
                                        "members",
                                        List.of(
                                                Map.of(
                                                        "personId",
                                                        spouse,
                                                        "relationship",
                                                        "SPOUSE"))))
                        .post("/api/v1/households")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        String flight = scheduleFlight();

        await().atMost(EVENTUALLY)
                .untilAsserted(
                        () ->
                                as(coordinator, COORDINATION)
                                        .body(
                                                Map.of(
                                                        "householdId",
                                                        household,
                                                        "channel",
                                                        "PHONE",
                                                        "respondBy",
                                                        Instant.now()
                                                                .plus(2, ChronoUnit.DAYS)
                                                                .toString()))
                                        .post("/api/v1/offers")
                                        .then()
                                        .statusCode(201));
        String offer =
                as(coordinator, COORDINATION)
                        .queryParam("householdId", household)
                        .get("/api/v1/offers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].offerId");
        as(coordinator, COORDINATION)
                .body(Map.of())
                .post("/api/v1/offers/" + offer + "/acceptance")
                .then()
                .statusCode(200);
        await().atMost(EVENTUALLY)
                .untilAsserted(
                        () ->
                                as(coordinator, COORDINATION)
                                        .body(Map.of("flightId", flight))
                                        .post("/api/v1/allocations")
                                        .then()
                                        .statusCode(200));
        await().atMost(EVENTUALLY)
                .untilAsserted(
                        () ->
                                as(coordinator, COORDINATION)
                                        .get("/api/v1/journeys/" + head)
                                        .then()
                                        .statusCode(200)
                                        .body("state", equalTo("SEAT_ASSIGNED")));

        await().atMost(EVENTUALLY)
                .untilAsserted(
                        () -> {
                            List<List<String>> results =
                                    as(operator, MANIFEST)
                                            .body(
                                                    Map.of(
                                                            "passengers",
                                                            List.of(
                                                                    passenger(
                                                                            "HAIDARI",
                                                                            "AHMAD ZIA",
                                                                            "1979-05-14",
                                                                            "M",
                                                                            headPassport,
                                                                            "12A"),
                                                                    passenger(
                                                                            "HAYDARI",
                                                                            "MARZIA",
                                                                            "1983-11-02",
                                                                            "F",
                                                                            spousePassport,
                                                                            "12B"))))
                                            .post("/api/v1/flights/" + flight + "/manifests")
                                            .then()
                                            .statusCode(201)
                                            .extract()
                                            .path("passengers.results");
                            assertThat(results)
                                    .as(
                                            "both passengers cleared against registry and seat allocation")
                                    .allSatisfy(
                                            lineResults ->
                                                    assertThat(lineResults)
                                                            .containsExactly("CLEARED"));
                        });

        setStatus(flight, "BOARDING");
        for (int line = 1; line <= 2; line++) {
            as(operator, MANIFEST)
                    .body(Map.of("lineNumber", line))
                    .post("/api/v1/flights/" + flight + "/boardings")
                    .then()
                    .statusCode(201);
        }
        setStatus(flight, "DEPARTED");
        setStatus(flight, "ARRIVED");

        for (String person : List.of(head, spouse)) {
            await().atMost(EVENTUALLY)
                    .untilAsserted(
                            () ->
                                    as(coordinator, COORDINATION)
                                            .get("/api/v1/journeys/" + person)
                                            .then()
                                            .statusCode(200)
                                            .body("state", equalTo("ARRIVED_DOHA")));
            await().atMost(EVENTUALLY)
                    .untilAsserted(
                            () ->
                                    as(coordinator, REGISTRY)
                                            .get("/api/v1/persons/" + person)
                                            .then()
                                            .statusCode(200)
                                            .body("status", equalTo("DEPARTED")));
        }
    }

    private String registerVerified(
            String family, String given, String birthDate, String category, String passport) {
        var created =
                as(coordinator, REGISTRY)
                        .body(
                                Map.of(
                                        "familyName",
                                        family,
                                        "givenNames",
                                        given,
                                        "birthDate",
                                        birthDate,
                                        "sex",
                                        given.startsWith("Ahmad") ? "MALE" : "FEMALE",
                                        "category",
                                        category,
                                        "departureWish",
                                        "WANTS_TO_LEAVE",
                                        "location",
                                        Map.of("province", "AF-KAB", "district", "Kabul"),
                                        "documents",
                                        List.of(
                                                Map.of(
                                                        "type",
                                                        category.equals("US_CITIZEN")
                                                                ? "US_PASSPORT"
                                                                : "AFGHAN_PASSPORT",
                                                        "issuingCountry",
                                                        category.equals("US_CITIZEN")
                                                                ? "USA"
                                                                : "AFG",
                                                        "number",
                                                        passport,
                                                        "expiresOn",
                                                        "2030-01-31")),
                                        "sources",
                                        List.of(
                                                Map.of(
                                                        "source",
                                                        "STEP_ENROLMENT",
                                                        "reference",
                                                        "STEP-" + passport))))
                        .queryParam("acknowledgeDuplicates", true)
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(201)
                        .extract();
        String id = created.path("id");
        String document = created.path("documents[0].id");
        as(coordinator, REGISTRY)
                .body(
                        Map.of(
                                "reason",
                                "passport seen on video call",
                                "evidenceDocumentId",
                                document))
                .post("/api/v1/persons/" + id + "/verify")
                .then()
                .statusCode(200);
        return id;
    }

    private String scheduleFlight() {
        as(admin, MANIFEST)
                .body(
                        Map.of(
                                "code",
                                "QR",
                                "iataDesignator",
                                "QR",
                                "icaoDesignator",
                                "QTR",
                                "name",
                                "Qatar Airways charter desk"))
                .post("/api/v1/operators");
        Instant departure = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        return as(operator, MANIFEST)
                .body(
                        Map.of(
                                "operatorCode",
                                "QR",
                                "flightNumber",
                                "QR" + (8000 + ThreadLocalRandom.current().nextInt(1000)),
                                "scheduledDeparture",
                                departure.toString(),
                                "scheduledArrival",
                                departure.plus(3, ChronoUnit.HOURS).toString(),
                                "aircraftType",
                                "B77W",
                                "seatCapacity",
                                300,
                                "reservedSeats",
                                120))
                .post("/api/v1/flights")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void setStatus(String flight, String status) {
        as(operator, MANIFEST)
                .body(Map.of("status", status))
                .post("/api/v1/flights/" + flight + "/status")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> passenger(
            String family,
            String given,
            String birthDate,
            String sex,
            String passport,
            String seat) {
        boolean american = seat.equals("12A");
        return Map.of(
                "familyName",
                family,
                "givenNames",
                given,
                "birthDate",
                birthDate,
                "sex",
                sex.substring(0, 1),
                "nationality",
                american ? "USA" : "AFG",
                "documentType",
                "P",
                "documentNumber",
                passport,
                "documentIssuingCountry",
                american ? "USA" : "AFG",
                "documentExpiry",
                "2030-01-31",
                "seat",
                seat);
    }

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(service).auth().oauth2(token).contentType("application/json");
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
