package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class DuplicateDetectionTest {

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
                .body("candidates[0].score", greaterThan(0.8f))
                .body("candidates[0].band", equalTo("LIKELY"))
                .body(
                        "candidates[0].factors.factor",
                        hasItems("GIVEN_NAME", "FAMILY_NAME", "BIRTH_DATE"))
                .body(
                        "candidates[0].reasons",
                        hasItem(startsWith("born in the same year (1980 / 1980-05-02): +3.0")))
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
    void registersAPossibleDuplicateWithoutAcknowledgement() {
        String family = Persons.uniqueFamilyName();
        String existing = aPerson().named("Mohammad", family).bornOn("1985").create();
        Persons incoming = aPerson().named("Mohammad Karim", family).bornOn(null);
        given().contentType(ContentType.JSON)
                .body(incoming.body())
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .body("find { it.personId == '" + existing + "' }.band", equalTo("POSSIBLE"))
                .body(
                        "find { it.personId == '" + existing + "' }.reasons",
                        hasItem("only one record has the name Karim: -1.5"));
        given().contentType(ContentType.JSON)
                .body(incoming.body())
                .post("/api/v1/persons")
                .then()
                .statusCode(201);
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
