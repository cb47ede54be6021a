package org.evac.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A household offered a seat by SMS in Dari and answering from the head's phone, through the phone
 * page as a newcomer would: the offer is texted by citizen-registry over SMPP, the answer (Persian
 * digits) comes back as deliver_sm, departure-coordination records the acceptance and seat
 * allocation seats the household, whose head is then texted the flight.
 */
final class SmsAnsweredOffer {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    /** date-time as the APIs take it: RFC 3339, seconds always written (toString() drops :00). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String registry;
    private final String coordination;
    private final String manifest;
    private final String phones;
    private final String coordinator;
    private final String admin;
    private final String operator;

    /** On the stack's services and phone page, with the printed tokens of the three users. */
    SmsAnsweredOffer(
            Clients services, String phonePage, String coordinator, String admin, String operator) {
        this.registry = services.registryUrl();
        this.coordination = services.coordinationUrl();
        this.manifest = services.manifestUrl();
        this.phones = phonePage;
        this.coordinator = coordinator;
        this.admin = admin;
        this.operator = operator;
    }

    void run() {
        String phone = "+9370" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String head =
                registerVerified(person("Ahmad Zia", "1979-05-14", "US_CITIZEN", phone, null));
        String child =
                registerVerified(person("Sana", "2015-03-20", "IMMEDIATE_RELATIVE", null, head));
        String household =
                as(coordinator, registry)
                        .body(
                                Map.of(
                                        "headPersonId",
                                        head,
                                        "members",
                                        List.of(
                                                Map.of(
                                                        "personId",
                                                        child,
                                                        "relationship",
                                                        "CHILD"))))
                        .post("/api/v1/households")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String flight = scheduleFlight();

        JsonPath offer =
                await("an SMS offer once coordination has read the household")
                        .atMost(EVENTUALLY)
                        .until(
                                () ->
                                        as(coordinator, coordination)
                                                .body(
                                                        Map.of(
                                                                "householdId",
                                                                household,
                                                                "channel",
                                                                "SMS",
                                                                "respondBy",
                                                                OffsetDateTime.now(ZoneOffset.UTC)
                                                                        .plusDays(1)
                                                                        .format(RFC_3339)))
                                                .post("/api/v1/offers")
                                                .then()
                                                .extract()
                                                .jsonPath(),
                                json -> json.getString("offerId") != null);
        String offerId = offer.getString("offerId");
        String code = offer.getString("replyCode");

        List<String> texts = textsTo(phone, 1);
        assertThat(texts.get(0)).contains("تیم تخلیه").contains("1 " + code);

        // The page answers a sent form with 303 back to itself, as a browser expects.
        given().baseUri(phones)
                .redirects()
                .follow(false)
                // As the page's browser form sends it: UTF-8 (rest-assured would send ISO-8859-1,
                // which turns the Persian digits into question marks).
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("from", phone)
                .formParam("text", "۱ " + persianDigits(code))
                .post("/replies")
                .then()
                .statusCode(303);

        await("the SMS acceptance recorded in coordination")
                .atMost(EVENTUALLY)
                .until(
                        () ->
                                as(coordinator, coordination)
                                        .get("/api/v1/offers/" + offerId)
                                        .then()
                                        .extract()
                                        .path("status"),
                        "ACCEPTED"::equals);
        JsonPath journey =
                as(coordinator, coordination)
                        .get("/api/v1/journeys/" + child)
                        .then()
                        .extract()
                        .jsonPath();
        assertThat(journey.getString("state")).isEqualTo("ACCEPTED");
        assertThat(journey.getString("history[-1].actor")).isEqualTo("reply");
        assertThat(journey.getString("history[-1].sourceEvent")).startsWith("reply ");
        assertThat(textsTo(phone, 2).get(1)).startsWith("تشکر");

        await("seat allocation once coordination knows the flight")
                .atMost(EVENTUALLY)
                .until(
                        () ->
                                as(coordinator, coordination)
                                        .body(Map.of("flightId", flight))
                                        .post("/api/v1/allocations")
                                        .then()
                                        .extract()
                                        .jsonPath()
                                        .getInt("personsSeated"),
                        seated -> seated != null && seated >= 2);
        for (String person : List.of(head, child)) {
            await("a seat for " + person)
                    .atMost(EVENTUALLY)
                    .until(
                            () ->
                                    as(coordinator, coordination)
                                            .get("/api/v1/journeys/" + person)
                                            .then()
                                            .extract()
                                            .path("state"),
                            "SEAT_ASSIGNED"::equals);
        }
        assertThat(textsTo(phone, 3).get(2)).contains("QR").contains("Serena");
    }

    private List<String> textsTo(String phone, int count) {
        return await("text " + count + " on the phone page")
                .atMost(EVENTUALLY)
                .until(
                        () -> {
                            JsonPath page =
                                    given().baseUri(phones)
                                            .get("/messages")
                                            .then()
                                            .extract()
                                            .jsonPath();
                            List<String> texts =
                                    page.getList(
                                            "phones.find { it.number == '"
                                                    + phone
                                                    + "' }.texts.text");
                            return texts == null ? List.<String>of() : texts;
                        },
                        texts -> texts.size() >= count);
    }

    private Map<String, Object> person(
            String given, String birthDate, String category, String phone, String parent) {
        Map<String, Object> person =
                new java.util.HashMap<>(
                        Map.of(
                                "familyName",
                                "Rahimi",
                                "givenNames",
                                given,
                                "birthDate",
                                birthDate,
                                "sex",
                                "MALE",
                                "category",
                                category,
                                "departureWish",
                                "WANTS_TO_LEAVE",
                                "preferredLanguage",
                                "fa-AF",
                                "location",
                                Map.of("province", "AF-KAB", "district", "Kabul"),
                                "documents",
                                List.of(
                                        Map.of(
                                                "type",
                                                "US_PASSPORT",
                                                "issuingCountry",
                                                "USA",
                                                "number",
                                                "5"
                                                        + (10_000_000
                                                                + ThreadLocalRandom.current()
                                                                        .nextInt(89_999_999)),
                                                "expiresOn",
                                                "2030-01-31")),
                                "sources",
                                List.of(
                                        Map.of(
                                                "source",
                                                "STEP_ENROLMENT",
                                                "reference",
                                                "STEP-SMS"))));
        if (phone != null) {
            person.put("contacts", List.of(Map.of("kind", "PHONE", "value", phone)));
        }
        if (parent != null) {
            person.put("qualifyingRelative", Map.of("personId", parent, "relationship", "PARENT"));
        }
        return person;
    }

    private String registerVerified(Map<String, Object> person) {
        JsonPath registered =
                as(coordinator, registry)
                        .queryParam("acknowledgeDuplicates", true)
                        .body(person)
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        String id = registered.getString("id");
        as(coordinator, registry)
                .body(
                        Map.of(
                                "evidenceDocumentId",
                                registered.getString("documents[0].id"),
                                "reason",
                                "passport seen on video call"))
                .post("/api/v1/persons/" + id + "/verify")
                .then()
                .statusCode(200);
        return id;
    }

    private String scheduleFlight() {
        int status =
                as(admin, manifest)
                        .body(
                                Map.of(
                                        "code", "QR",
                                        "iataDesignator", "QR",
                                        "icaoDesignator", "QTR",
                                        "name", "Qatar Airways charter desk"))
                        .post("/api/v1/operators")
                        .statusCode();
        assertThat(status).as("operator registered, or there already").isIn(201, 409);
        OffsetDateTime departure =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        return as(operator, manifest)
                .body(
                        Map.of(
                                "operatorCode",
                                "QR",
                                "flightNumber",
                                "QR" + (8000 + ThreadLocalRandom.current().nextInt(1000)),
                                "scheduledDeparture",
                                departure.format(RFC_3339),
                                "scheduledArrival",
                                departure.plusHours(3).format(RFC_3339),
                                "aircraftType",
                                "B77W",
                                "seatCapacity",
                                300,
                                "reservedSeats",
                                60))
                .post("/api/v1/flights")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(service).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String persianDigits(String latin) {
        StringBuilder out = new StringBuilder();
        latin.chars().forEach(c -> out.append((char) ('۰' + (c - '0'))));
        return out.toString();
    }
}
