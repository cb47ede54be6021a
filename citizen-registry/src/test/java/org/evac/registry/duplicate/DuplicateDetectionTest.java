package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class DuplicateDetectionTest {

    /** given | family | date of birth, for the registered record and the incoming one. */
    static Stream<Arguments> transliterationVariants() {
        return Stream.of(
                pair("Mohammad|Karimi|1985-03-12", "Muhammad|Karimi|1985-03-12"),
                pair("Mohammed|Rahimi|1970", "Mohd|Rahimi|1970-05-01"),
                pair("Abdul Wahid|Noori|1962-08", "Abdol Wahid|Noori|1962-08-15"),
                pair("Ahmad Shah|Popal|1990-01-20", "Ahmed Shah|Popal|1990-01-20"),
                pair("Hussain|Jafari|1978-11-02", "Hussein|Jafari|1978"),
                pair("Husain|Mohammadi|1988-04-04", "Hussain|Mohammadi|1988-04-04"),
                pair("Qasim|Hashimi|1995-06-30", "Kasim|Hashimi|1995-06"),
                pair("Zahra|Ahmadi|2001-02-14", "Zehra|Ahmadi|2001-02-14"),
                pair("Mohammad Karim|Ahmadzai|1975-09-09", "Mohammad|Ahmadzai|1975-09-09"),
                pair("Farid|Sultani|1983-03-03", "Sultani|Farid|1983-03-03"),
                pair("Gul Ahmad|Wardak|1960", "Ahmad Gul|Wardak|1960"),
                pair("Fatima|Haidari|1999-12-01", "Fatemah|Haidari|1999-12-01"),
                pair("Mahmood|Safi|1972-07-07", "Mahmud|Safi|1972"),
                pair("Abdullah|Stanekzai|1968-03-21", "Abdulla|Stanekzai|1968-03-21"),
                pair("Yousuf|Barakzai|1980-10-10", "Yusuf|Barakzai|1980-10-10"),
                pair("Ghulam Sakhi|Rasuli|1955", "Golam Sakhi|Rasuli|1955-02"),
                pair("Rahmatullah|Nazari|1987-05-05", "Rahmatulla|Nazari|1987-05-05"),
                pair("Nasrin|Jawadi|1993-09-19", "Nasreen|Javadi|1993-09-19"),
                pair("Shafiq|Quraishi|1979-01-15", "Shafik|Kuraishi|1979-01-15"),
                pair("Hamidullah|Sadat|1991-11-11", "Hamidulla|Sadaat|1991-11-11"),
                pair("Sayed Ali|Musawi|1984-08-08", "Sayyid Ali|Mousavi|1984-08-08"),
                pair("Mirwais|Khpalwak|1977-04-12", "Mirvais|Khpalwak|1977-04-12"),
                pair("Farzana|Rezaie|2000", "Farzanah|Rezaei|2000-07-07"),
                pair("Khadija|Sharifi|1958-06-06", "Khadijah|Sharifi|1958"),
                pair("Mustafa|Omari|1986-10-21", "Mostafa|Umari|1986-10-21"),
                pair("Osman Ghani|Zadran|1971", "Usman Ghani|Zadran|1971"),
                pair("Bibi Maryam|Akbari|1945", "Maryam|Akbari|1945-01-01"),
                pair("Habibullah|Rahmani|1989-02-02", "Habibulla|Rehmani|1989-02-02"),
                pair("Tahir|Durrani|1982-12-12", "Taher|Durani|1982-12"),
                pair("Walid|Sediqi|1994-03-30", "Waleed|Siddiqui|1994-03-30"),
                pair("Hekmatullah|Ahmadzai|1981-05-17", "Hikmatullah|Ahmadzay|1981-05-17"),
                pair("Jamila|Noorzai|1997-08-08", "Jameela|Nurzai|1997-08-08"),
                pair("Mohammad Nabi|Hotak|1963", "Nabi|Hotak|"));
    }

    static Stream<Arguments> differentPeople() {
        return Stream.of(
                pair("Mohammad|Karimi|1985-03-12", "Mahmood|Karimi|1985-03-12"),
                pair("Ahmad|Rahimi|1970-01-15", "Ahmad|Rahimi|1995-01-15"),
                pair("Zahra|Hashimi|1990-05-05", "Zahra|Hashimi|1990-06-05"),
                pair("Hamid|Safi|1980", "Hamida|Safi|1980"),
                pair("Farid|Noori|1988-08-08", "Farida|Noori|1988-08-08"),
                pair("Nasir|Ahmadi|1991-01-01", "Nasir|Ahmadi|1992"),
                pair("Karim|Popal|1965", "Rahim|Popal|1965"),
                pair("Qasim|Wardak|1999-09-09", "Hashim|Wardak|1999-09-09"),
                pair("Sharif|Barakzai|1977-07-07", "Sharifa|Barakzai|1977-07-07"),
                pair("Mohammad Akbar|Zadran|1960", "Mohammad Asghar|Zadran|1960"),
                pair("Gul Ahmad|Noorzai|1950", "Gul Mohammad|Noorzai|1950"),
                pair("Fatima|Jafari|2003-04-04", "Fatima|Jafari|2003-04-05"));
    }

    private static Arguments pair(String registered, String incoming) {
        return Arguments.of(registered, incoming);
    }

    /** The person, with a family-name token of its own so that no other test's record can match. */
    private static Persons person(String spec, String ownToken) {
        String[] parts = (spec + "| ").split("\\|");
        return aPerson()
                .named(parts[0], parts[1] + " " + ownToken)
                .bornOn(parts[2].isBlank() ? null : parts[2])
                .noDocuments();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("transliterationVariants")
    void catchesTransliterationVariantsAsLikelyDuplicates(String registered, String incoming) {
        String ownToken = Persons.uniqueFamilyName();
        String existing = person(registered, ownToken).create();
        given().contentType(ContentType.JSON)
                .body(person(incoming, ownToken).body())
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .body("personId", hasItem(existing));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @MethodSource("differentPeople")
    void doesNotConfuseDifferentPeople(String registered, String incoming) {
        String ownToken = Persons.uniqueFamilyName();
        String existing = person(registered, ownToken).create();
        given().contentType(ContentType.JSON)
                .body(person(incoming, ownToken).body())
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .body("personId", not(hasItem(existing)));
    }

    @Test
    void refusesALikelyDuplicateUnlessAcknowledged() {
        String family = Persons.uniqueFamilyName();
        String existing = aPerson().named("Mohammad Karim", family).bornOn("1980-05-02").create();
        Persons incoming = aPerson().named("Karim Muhammad", family).bornOn("1980");

        given().contentType(ContentType.JSON)
                .body(incoming.body())
                .post("/api/v1/persons")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("likely-duplicate"))
                .body("candidates[0].personId", equalTo(existing))
                .body("candidates[0].score", greaterThan(0.5f))
                .body("candidates[0].reasons", hasItem("same names in a different order"))
                .body("candidates[0].href", equalTo("/api/v1/persons/" + existing));

        given().contentType(ContentType.JSON)
                .body(incoming.body())
                .queryParam("acknowledgeDuplicates", true)
                .post("/api/v1/persons")
                .then()
                .statusCode(201);
    }

    @Test
    void refusesADocumentRegisteredToSomeoneElseWithALink() {
        Persons first = aPerson();
        String existing = first.create();
        given().contentType(ContentType.JSON)
                .body(
                        aPerson()
                                .noDocuments()
                                .withDocument(
                                        Map.of(
                                                "type",
                                                "US_PASSPORT",
                                                "issuingCountry",
                                                "USA",
                                                "number",
                                                first.firstDocument()
                                                                .get("number")
                                                                .toString()
                                                                .substring(0, 3)
                                                        + " "
                                                        + first.firstDocument()
                                                                .get("number")
                                                                .toString()
                                                                .substring(3)))
                                .body())
                .queryParam("acknowledgeDuplicates", true)
                .post("/api/v1/persons")
                .then()
                .statusCode(409)
                .body("type", containsString("duplicate-document"))
                .body("existingPersonId", equalTo(existing))
                .body("existingPerson", equalTo("/api/v1/persons/" + existing));
    }

    @Test
    void listsDuplicatesOfARegisteredPersonOnDemand() {
        String family = Persons.uniqueFamilyName();
        String a = aPerson().named("Hussain", family).bornOn("1970").create();
        String b = aPerson().named("Husain", family).bornOn("1970-02-03").create();
        given().get("/api/v1/persons/" + a + "/duplicates")
                .then()
                .statusCode(200)
                .body("personId", equalTo(List.of(b)))
                .body("reasons", everyItem(notNullValue()));
    }
}
