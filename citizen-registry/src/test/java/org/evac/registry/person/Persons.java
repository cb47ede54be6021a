package org.evac.registry.person;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-data builder of person requests. Every person gets a family name of its own, so tests never
 * meet each other's records in duplicate detection or searches.
 */
public final class Persons {

    private static final String CONSONANTS = "bdfgjklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<Map<String, Object>> contacts = new ArrayList<>();

    private Persons() {
        body.put("familyName", uniqueFamilyName());
        body.put("givenNames", "Zahra");
        body.put("birthDate", "1986-04-17");
        body.put("sex", "FEMALE");
        body.put("category", "US_CITIZEN");
        body.put("departureWish", "WANTS_TO_LEAVE");
        body.put("location", Map.of("province", "AF-KAB", "district", "Kabul"));
        body.put("preferredLanguage", "fa-AF");
        body.put(
                "sources",
                List.of(
                        Map.of(
                                "source",
                                "STEP_ENROLMENT",
                                "reference",
                                "STEP-1",
                                "receivedOn",
                                "2021-08-16")));
        contacts.add(Map.of("kind", "PHONE", "value", "+9370" + digits(7)));
        documents.add(
                Map.of(
                        "type",
                        "US_PASSPORT",
                        "issuingCountry",
                        "USA",
                        "number",
                        digits(9),
                        "expiresOn",
                        "2029-05-01"));
    }

    /** A complete, valid US citizen with a passport and a phone. */
    public static Persons aPerson() {
        return new Persons();
    }

    public Persons with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Persons without(String field) {
        body.remove(field);
        return this;
    }

    public Persons named(String givenNames, String familyName) {
        return with("givenNames", givenNames).with("familyName", familyName);
    }

    public Persons bornOn(String birthDate) {
        return birthDate == null ? without("birthDate") : with("birthDate", birthDate);
    }

    public Persons withDocument(Map<String, Object> document) {
        documents.add(document);
        return this;
    }

    public Persons noDocuments() {
        documents.clear();
        return this;
    }

    public Persons noContacts() {
        contacts.clear();
        return this;
    }

    public Persons withContact(String kind, String value) {
        contacts.add(Map.of("kind", kind, "value", value));
        return this;
    }

    public String familyName() {
        return (String) body.get("familyName");
    }

    public Map<String, Object> body() {
        Map<String, Object> request = new HashMap<>(body);
        request.put("documents", List.copyOf(documents));
        request.put("contacts", List.copyOf(contacts));
        return request;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> firstDocument() {
        return documents.get(0);
    }

    /** Registers the person (acknowledging any look-alike) and returns its id. */
    public String create() {
        return given().contentType(ContentType.JSON)
                .body(body())
                .queryParam("acknowledgeDuplicates", true)
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A pronounceable family name that no other test shares. Name folding turns every vowel run
     * into one wildcard, so only the consonants tell names apart: eight of them give 15^8 (2.5e9)
     * folded keys, enough that thousands of persons in the shared test database never collide.
     */
    public static String uniqueFamilyName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "i";
    }

    public static String digits(int count) {
        StringBuilder s = new StringBuilder();
        s.append(1 + ThreadLocalRandom.current().nextInt(9));
        for (int i = 1; i < count; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
