package org.evac.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a small, realistic demo data set through the services' public APIs, once per data
 * directory: charter operators and three Kabul-Doha flights, households registered from several
 * sources and verified, contact attempts, an offer campaign, acceptances and a seat allocation.
 * Everything else then flows through the events.
 */
final class DemoSeed {

    /**
     * Households: province, then members as family name, given names, Dari name, birth date, sex,
     * category.
     */
    private static final List<DemoHousehold> HOUSEHOLDS =
            List.of(
                    household(
                            "AF-KAB",
                            List.of(),
                            member(
                                    "HAIDARI",
                                    "Ahmad Zia",
                                    "احمد ضیا حیدری",
                                    "1979-05-14",
                                    "MALE",
                                    "US_CITIZEN"),
                            member(
                                    "HAIDARI",
                                    "Marzia",
                                    "مرضیه حیدری",
                                    "1983-11-02",
                                    "FEMALE",
                                    "LAWFUL_PERMANENT_RESIDENT"),
                            member(
                                    "HAIDARI",
                                    "Yasin",
                                    "یاسین حیدری",
                                    "2012-06-20",
                                    "MALE",
                                    "US_CITIZEN")),
                    household(
                            "AF-BAL",
                            List.of("MEDICAL"),
                            member(
                                    "SAMADI",
                                    "Farida",
                                    "فریده صمدی",
                                    "1990-02-11",
                                    "FEMALE",
                                    "US_CITIZEN"),
                            member(
                                    "SAMADI",
                                    "Omid",
                                    "امید صمدی",
                                    "2016-09-03",
                                    "MALE",
                                    "US_CITIZEN")),
                    household(
                            "AF-HER",
                            List.of("ELDERLY"),
                            member(
                                    "NOORI",
                                    "Ghulam Sakhi",
                                    "غلام سخی نوری",
                                    "1948-07",
                                    "MALE",
                                    "LAWFUL_PERMANENT_RESIDENT"),
                            member(
                                    "NOORI",
                                    "Bibi Gul",
                                    "بی بی گل نوری",
                                    "1952",
                                    "FEMALE",
                                    "LAWFUL_PERMANENT_RESIDENT")),
                    household(
                            "AF-KAB",
                            List.of(),
                            member(
                                    "RAHIMI",
                                    "Mohammad Qasim",
                                    "محمد قاسم رحیمی",
                                    "1985-03-12",
                                    "MALE",
                                    "US_CITIZEN"),
                            member(
                                    "RAHIMI",
                                    "Zahra",
                                    "زهرا رحیمی",
                                    "1988-08-30",
                                    "FEMALE",
                                    "LAWFUL_PERMANENT_RESIDENT"),
                            member(
                                    "RAHIMI",
                                    "Sana",
                                    "ثنا رحیمی",
                                    "2010-04-17",
                                    "FEMALE",
                                    "US_CITIZEN"),
                            member(
                                    "RAHIMI",
                                    "Hamid",
                                    "حمید رحیمی",
                                    "2014-12-05",
                                    "MALE",
                                    "US_CITIZEN")),
                    household(
                            "AF-NAN",
                            List.of("PREGNANCY"),
                            member(
                                    "SHINWARI",
                                    "Laila",
                                    "لیلا شینواری",
                                    "1994-01-23",
                                    "FEMALE",
                                    "US_CITIZEN")),
                    household(
                            "AF-KAN",
                            List.of(),
                            member(
                                    "POPAL",
                                    "Abdul Wahid",
                                    "عبدالواحد پوپل",
                                    "1975-10-09",
                                    "MALE",
                                    "LAWFUL_PERMANENT_RESIDENT"),
                            member(
                                    "POPAL",
                                    "Nazila",
                                    "نازیلا پوپل",
                                    "1980-03-28",
                                    "FEMALE",
                                    "LAWFUL_PERMANENT_RESIDENT")),
                    household(
                            "AF-KAB",
                            List.of("UNACCOMPANIED_MINOR"),
                            member(
                                    "AKBARI",
                                    "Mursal",
                                    "مرسل اکبری",
                                    "2007-05-19",
                                    "FEMALE",
                                    "US_CITIZEN")),
                    household(
                            "AF-BAL",
                            List.of(),
                            member(
                                    "KARIMI",
                                    "Jawad",
                                    "جواد کریمی",
                                    "1982-09-14",
                                    "MALE",
                                    "US_CITIZEN"),
                            member(
                                    "KARIMI",
                                    "Shabnam",
                                    "شبنم کریمی",
                                    "1986-06-06",
                                    "FEMALE",
                                    "LAWFUL_PERMANENT_RESIDENT")));

    private final TokenMinter minter;
    private final Path marker;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private int documentSerial;

    private final String registry;
    private final String coordination;
    private final String manifest;

    DemoSeed(TokenMinter minter, Stack stack) {
        this.registry = stack.instances("citizen-registry").get(0).url();
        this.coordination = stack.instances("departure-coordination").get(0).url();
        this.manifest = stack.instances("flight-manifest").get(0).url();
        Path dataDirectory = stack.options().dataDirectory();
        this.minter = minter;
        this.marker = dataDirectory.resolve("seeded");
    }

    void load() throws InterruptedException {
        if (Files.exists(marker)) {
            System.out.println("Demo data already loaded (" + marker + ")");
            return;
        }
        System.out.println("Loading the demo data set through the APIs ...");
        String admin = minter.mint("seed.admin", List.of("admin"), null, Duration.ofHours(1));
        String coordinator =
                minter.mint("seed.coordinator", List.of("coordinator"), null, Duration.ofHours(1));
        String operator =
                minter.mint("seed.operator", List.of("operator"), "QR", Duration.ofHours(1));

        send(
                admin,
                "POST",
                manifest + "/api/v1/operators",
                Map.of(
                        "code",
                        "QR",
                        "iataDesignator",
                        "QR",
                        "icaoDesignator",
                        "QTR",
                        "name",
                        "Qatar Airways charter desk",
                        "contactEmail",
                        "ops@example.qa"));
        send(
                admin,
                "POST",
                manifest + "/api/v1/operators",
                Map.of(
                        "code",
                        "QAF",
                        "icaoDesignator",
                        "QAF",
                        "name",
                        "Qatar Amiri Flight",
                        "contactEmail",
                        "amiri-ops@example.qa"));
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (int day = 0; day < 3; day++) {
            Instant departure = tomorrow.plus(day, ChronoUnit.DAYS);
            send(
                    operator,
                    "POST",
                    manifest + "/api/v1/flights",
                    Map.of(
                            "operatorCode",
                            "QR",
                            "flightNumber",
                            "QR" + (8001 + day),
                            "scheduledDeparture",
                            departure.toString(),
                            "scheduledArrival",
                            departure.plus(3, ChronoUnit.HOURS).toString(),
                            "aircraftType",
                            "B77W",
                            "seatCapacity",
                            300,
                            "reservedSeats",
                            4 + 3 * day));
        }

        int persons = 0;
        for (DemoHousehold household : HOUSEHOLDS) {
            List<String> ids = new ArrayList<>();
            for (DemoMember member : household.members()) {
                ids.add(registerVerified(coordinator, household, member, ids.isEmpty()));
                persons++;
            }
            if (ids.size() > 1) {
                List<Map<String, String>> others = new ArrayList<>();
                for (int i = 1; i < ids.size(); i++) {
                    String birthYear = household.members().get(i).birthDate().substring(0, 4);
                    others.add(
                            Map.of(
                                    "personId",
                                    ids.get(i),
                                    "relationship",
                                    Integer.parseInt(birthYear) >= 2000 ? "CHILD" : "SPOUSE"));
                }
                send(
                        coordinator,
                        "POST",
                        registry + "/api/v1/households",
                        Map.of("headPersonId", ids.get(0), "members", others));
            }
            send(
                    coordinator,
                    "POST",
                    registry + "/api/v1/persons/" + ids.get(0) + "/contact-attempts",
                    Map.of(
                            "channel",
                            "PHONE",
                            "outcome",
                            "REACHED",
                            "note",
                            "confirmed the household wants to leave"));
        }

        Thread.sleep(5_000); // let departure-coordination read the registry's events
        JsonNode campaign =
                send(
                        coordinator,
                        "POST",
                        coordination + "/api/v1/campaigns",
                        Map.of(
                                "channel",
                                "PHONE",
                                "respondBy",
                                Instant.now().plus(3, ChronoUnit.DAYS).toString()));
        JsonNode offers =
                send(
                        coordinator,
                        "GET",
                        coordination + "/api/v1/offers?status=OFFERED&size=200",
                        null);
        int accepted = 0;
        for (JsonNode offer : offers.path("items")) {
            // Two thirds accept; the rest are still thinking it over.
            if (accepted < 2 * offers.path("items").size() / 3) {
                send(
                        coordinator,
                        "POST",
                        coordination
                                + "/api/v1/offers/"
                                + offer.path("offerId").asText()
                                + "/acceptance",
                        Map.of());
                accepted++;
            }
        }
        Thread.sleep(2_000);
        send(coordinator, "POST", coordination + "/api/v1/allocations", Map.of());
        write(marker, Instant.now().toString());
        System.out.printf(
                "Demo data: %d persons in %d households, 2 operators, 3 flights, campaign %s, %d offers"
                        + " accepted, seats allocated%n",
                persons, HOUSEHOLDS.size(), campaign.path("offersMade"), accepted);
    }

    private String registerVerified(
            String token, DemoHousehold household, DemoMember member, boolean head)
            throws InterruptedException {
        boolean american = member.category().equals("US_CITIZEN");
        String number =
                american
                        ? String.format("5%08d", 6_100_000 + ++documentSerial)
                        : String.format("P%07d", 2_100_000 + ++documentSerial);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("familyName", member.familyName());
        person.put("givenNames", member.givenNames());
        person.put("nativeName", member.nativeName());
        person.put("birthDate", member.birthDate());
        person.put("sex", member.sex());
        person.put("category", member.category());
        person.put("departureWish", "WANTS_TO_LEAVE");
        person.put(
                "vulnerabilities",
                head
                        ? household.vulnerabilities().stream().map(v -> Map.of("kind", v)).toList()
                        : List.of());
        person.put(
                "location",
                Map.of("province", household.province(), "confirmedAt", Instant.now().toString()));
        person.put("preferredLanguage", "fa-AF");
        person.put(
                "documents",
                List.of(
                        Map.of(
                                "type",
                                american ? "US_PASSPORT" : "AFGHAN_PASSPORT",
                                "issuingCountry",
                                american ? "USA" : "AFG",
                                "number",
                                number,
                                "expiresOn",
                                "2031-08-31")));
        person.put(
                "contacts",
                List.of(
                        Map.of(
                                "kind",
                                "WHATSAPP",
                                "value",
                                "+9370" + String.format("%07d", 1_000_000 + documentSerial))));
        person.put(
                "sources",
                List.of(
                        Map.of(
                                "source",
                                head ? "STEP_ENROLMENT" : "REPATRIATION_REQUEST_FORM",
                                "reference",
                                "DEMO-" + documentSerial)));
        JsonNode created =
                send(
                        token,
                        "POST",
                        registry + "/api/v1/persons?acknowledgeDuplicates=true",
                        person);
        String id = created.path("id").asText();
        send(
                token,
                "POST",
                registry + "/api/v1/persons/" + id + "/verify",
                Map.of(
                        "reason",
                        "document checked on a video call",
                        "evidenceDocumentId",
                        created.path("documents").get(0).path("id").asText()));
        return id;
    }

    private JsonNode send(String token, String method, String url, Object body)
            throws InterruptedException {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json");
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 409) {
                throw new IllegalStateException(
                        method
                                + " "
                                + url
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return response.body().isBlank()
                    ? json.createObjectNode()
                    : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoHousehold household(
            String province, List<String> vulnerabilities, DemoMember... members) {
        return new DemoHousehold(province, vulnerabilities, List.of(members));
    }

    private static DemoMember member(
            String family,
            String given,
            String nativeName,
            String birthDate,
            String sex,
            String category) {
        return new DemoMember(family, given, nativeName, birthDate, sex, category);
    }

    private record DemoHousehold(
            String province, List<String> vulnerabilities, List<DemoMember> members) {}

    private record DemoMember(
            String familyName,
            String givenNames,
            String nativeName,
            String birthDate,
            String sex,
            String category) {}
}
