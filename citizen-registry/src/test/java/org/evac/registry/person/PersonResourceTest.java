package org.evac.registry.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void registersAPersonAndReadsItBack() {
        Persons person = aPerson().with("nativeName", "زهرا احمدی");
        String location =
                given().contentType(ContentType.JSON)
                        .body(person.body())
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/v1/persons/"))
                        .header("ETag", "\"0\"")
                        .body("registryNumber", startsWith("EVR-"))
                        .body("verification.state", equalTo("UNVERIFIED"))
                        .body("status", equalTo("ACTIVE"))
                        .body("qualityFlags", empty())
                        .extract()
                        .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .body("familyName", equalTo(person.familyName()))
                .body("nativeName", equalTo("زهرا احمدی"))
                .body("birthDate", equalTo("1986-04-17"))
                .body("documents[0].number", equalTo(person.firstDocument().get("number")))
                .body("contacts[0].kind", equalTo("PHONE"))
                .body("sources[0].source", equalTo("STEP_ENROLMENT"))
                .body("location.province", equalTo("AF-KAB"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void rejectsHardDataQualityErrorsWithFieldErrors() {
        given().contentType(ContentType.JSON)
                .body(
                        aPerson()
                                .with("familyName", " ")
                                .bornOn("1990-02-30")
                                .with("category", "IMMEDIATE_RELATIVE")
                                .with("location", Map.of("province", "AF-XXX"))
                                .withDocument(
                                        Map.of(
                                                "type",
                                                "US_PASSPORT",
                                                "issuingCountry",
                                                "USA",
                                                "number",
                                                "12AB"))
                                .withContact("EMAIL", "not-an-email")
                                .body())
                .post("/api/v1/persons")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(
                        "errors.field",
                        hasItems(
                                "familyName",
                                "birthDate",
                                "qualifyingRelative",
                                "location.province",
                                "documents[1].number",
                                "contacts[1].value"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void rejectsABirthDateInTheFuture() {
        given().contentType(ContentType.JSON)
                .body(aPerson().bornOn("2090-01").body())
                .post("/api/v1/persons")
                .then()
                .statusCode(400)
                .body(
                        "errors.find { it.field == 'birthDate' }.message",
                        equalTo("is in the future"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void flagsSoftIssuesAndCountsThemInSearches() {
        Persons person = aPerson().bornOn("1979-01-01").noContacts();
        String id =
                person.withDocument(
                                Map.of(
                                        "type",
                                        "AFGHAN_PASSPORT",
                                        "issuingCountry",
                                        "AFG",
                                        "number",
                                        "P" + Persons.digits(7),
                                        "expiresOn",
                                        "2019-01-01"))
                        .with("departureWish", "WILL_NOT_LEAVE_WITHOUT_FAMILY")
                        .create();

        given().get("/api/v1/persons/" + id)
                .then()
                .statusCode(200)
                .body(
                        "qualityFlags",
                        hasItems(
                                "PLACEHOLDER_BIRTH_DATE",
                                "NO_CONTACT_CHANNEL",
                                "EXPIRED_DOCUMENT",
                                "FAMILY_NOT_LINKED"));
        given().queryParam("qualityFlag", "PLACEHOLDER_BIRTH_DATE")
                .queryParam("q", person.familyName())
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().queryParam("qualityFlag", "NO_DOCUMENT")
                .queryParam("q", person.familyName())
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void acceptsAFirstOfJanuaryWithEvidence() {
        String id = aPerson().bornOn("1979-01-01").with("birthDateEvidence", "passport").create();
        given().get("/api/v1/persons/" + id)
                .then()
                .body("qualityFlags", not(hasItem("PLACEHOLDER_BIRTH_DATE")));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void flagsAChildImmediateRelativeWithoutParentLink() {
        String id =
                aPerson()
                        .bornOn("2012-06")
                        .with("category", "IMMEDIATE_RELATIVE")
                        .with(
                                "qualifyingRelative",
                                Map.of("name", "Ahmad Karimi", "relationship", "PARENT"))
                        .create();
        given().get("/api/v1/persons/" + id)
                .then()
                .body("qualityFlags", hasItem("MINOR_WITHOUT_PARENT_LINK"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void patchesWithMergePatchAndRejectsAStaleVersion() {
        String id = aPerson().create();
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(
                        Map.of(
                                "departureWish",
                                "UNDECIDED",
                                "location",
                                Map.of("district", "Paghman")))
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("departureWish", equalTo("UNDECIDED"))
                .body("location.province", equalTo("AF-KAB"))
                .body("location.district", equalTo("Paghman"));

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("departureWish", "WANTS_TO_LEAVE"))
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void ofTwoConcurrentRegistrationsOfOneDocumentTheSecondGetsAConflict() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Persons first = aPerson();
                Persons second = aPerson().withDocument(first.firstDocument());
                List<Future<Integer>> statuses =
                        callers.invokeAll(
                                List.of(
                                        () -> registerAcknowledging(first),
                                        () -> registerAcknowledging(second)));
                List<Integer> outcome = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    outcome.add(status.get());
                }
                assertThat(outcome).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static int registerAcknowledging(Persons person) {
        return given().contentType(ContentType.JSON)
                .body(person.body())
                .queryParam("acknowledgeDuplicates", true)
                .post("/api/v1/persons")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void patchWithoutIfMatchIsRefused() {
        String id = aPerson().create();
        given().contentType("application/merge-patch+json")
                .body(Map.of("sex", "MALE"))
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(428)
                .body("type", containsString("version-required"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void patchThatBreaksAGateIsRejected() {
        String id = aPerson().create();
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"givenNames\": null, \"birthDate\": \"1990-13\"}")
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("givenNames"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void searchesByTransliteratedNameWithFiltersSortAndTotal() {
        String family = Persons.uniqueFamilyName();
        String first = aPerson().named("Mohammad Karim", family).create();
        String second =
                aPerson()
                        .named("Zahra", family)
                        .bornOn("1990")
                        .with("location", Map.of("province", "AF-HER"))
                        .create();
        aPerson()
                .named("Hamid", family)
                .with("status", "INACTIVE")
                .with("statusReason", "deceased")
                .create();

        given().queryParam("q", "Muhammad " + family)
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(first));
        given().queryParam("q", family)
                .queryParam("status", "ACTIVE")
                .queryParam("sort", "-registryNumber")
                .queryParam("size", 1)
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items.id", equalTo(List.of(second)));
        given().queryParam("q", family)
                .queryParam("province", "AF-HER")
                .get("/api/v1/persons")
                .then()
                .body("items.id", equalTo(List.of(second)));
        given().queryParam("q", family)
                .queryParam("source", "CALL_CENTRE")
                .get("/api/v1/persons")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void rejectsAnUnknownSortField() {
        given().queryParam("sort", "password")
                .get("/api/v1/persons")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void refusesANulCharacterInTheSearchAndTheExport() {
        for (String path : List.of("/api/v1/persons", "/api/v1/exports/persons")) {
            given().queryParam("q", "Ahmadi\u0000")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void refusesAProvinceOutsideTheListAndANegativeHourCount() {
        given().queryParam("province", "AF-XXX")
                .get("/api/v1/persons")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("province"));
        given().queryParam("notReachedWithinHours", -1)
                .get("/api/v1/persons")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("notReachedWithinHours"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void aMergePatchThatIsNotAnObjectChangesNothing() {
        String id = aPerson().create();
        for (String body : List.of("", "null", "[]", "\"WANTS_TO_LEAVE\"")) {
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .patch("/api/v1/persons/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/persons/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void aMalformedMergePatchIsRefusedBeforeThePersonIsLookedUp() {
        for (String body :
                List.of(
                        "{\"sex\": 1}",
                        "{\"sex\": \"NOPE\"}",
                        "{\"preferredLanguage\": \"de\"}",
                        "{\"documents\": []}")) {
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .patch("/api/v1/persons/7b3c2f8e-0000-4000-8000-000000000001")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void unknownPersonIsA404Problem() {
        given().get("/api/v1/persons/7b3c2f8e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void masksDocumentNumbersForOperatorsAndRefusesViewers() {
        String id =
                given().auth()
                        .oauth2(TestTokens.forRoles("coordinator-ana", "coordinator"))
                        .contentType(ContentType.JSON)
                        .body(aPerson().body())
                        .queryParam("acknowledgeDuplicates", true)
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        given().auth()
                .oauth2(TestTokens.forRoles("operator-qatar", "operator"))
                .get("/api/v1/persons/" + id)
                .then()
                .statusCode(200)
                .body("documents[0].number", startsWith("******"));
        given().auth()
                .oauth2(TestTokens.forRoles("dashboard", "viewer"))
                .get("/api/v1/persons/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/persons/" + id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
