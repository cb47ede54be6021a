package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergeTest {

    @Test
    @TestSecurity(user = "supervisor", roles = "admin")
    void mergeKeepsEverySubRecordAndTheOldIdResolves() {
        String family = Persons.uniqueFamilyName();
        Persons survivorData = aPerson().named("Mohammad", family).bornOn("1970");
        String survivor = survivorData.create();
        Persons duplicateData =
                aPerson()
                        .named("Muhammad", family)
                        .bornOn("1970-04-02")
                        .with(
                                "sources",
                                List.of(
                                        Map.of(
                                                "source",
                                                "CONGRESSIONAL_LIST",
                                                "reference",
                                                "HFAC-88")))
                        .with("vulnerabilities", List.of(Map.of("kind", "MOBILITY")));
        String duplicate = duplicateData.create();
        String child = aPerson().named("Wali", family).create();
        String household =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "headPersonId",
                                        duplicate,
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
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "outcome", "REACHED"))
                .post("/api/v1/persons/" + duplicate + "/contact-attempts")
                .then()
                .statusCode(201);

        given().contentType(ContentType.JSON)
                .body(Map.of("mergedId", duplicate, "reason", "same passport holder"))
                .post("/api/v1/persons/" + survivor + "/merge")
                .then()
                .statusCode(200)
                .body("documents", hasSize(2))
                .body("contacts", hasSize(2))
                .body("sources.reference", hasItem("HFAC-88"))
                .body("vulnerabilities.kind", hasItem("MOBILITY"))
                .body("household.id", equalTo(household))
                .body("household.relationship", equalTo("HEAD"));

        given().get("/api/v1/persons/" + survivor + "/contact-attempts")
                .then()
                .body("", hasSize(1));
        given().get("/api/v1/households/" + household)
                .then()
                .body("headPersonId", equalTo(survivor))
                .body("members.personId", containsInAnyOrder(survivor, child));
        given().redirects()
                .follow(false)
                .get("/api/v1/persons/" + duplicate)
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/persons/" + survivor))
                .body("mergedInto", equalTo(survivor));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("sex", "MALE"))
                .patch("/api/v1/persons/" + duplicate)
                .then()
                .statusCode(409)
                .body("mergedInto", equalTo(survivor));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void onlySupervisorsMerge() {
        given().contentType(ContentType.JSON)
                .body(Map.of("mergedId", aPerson().create(), "reason", "same"))
                .post("/api/v1/persons/" + aPerson().create() + "/merge")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "admin")
    void cannotMergeAPersonIntoItself() {
        String id = aPerson().create();
        given().contentType(ContentType.JSON)
                .body(Map.of("mergedId", id, "reason", "same"))
                .post("/api/v1/persons/" + id + "/merge")
                .then()
                .statusCode(400)
                .body("type", containsString("self-merge"));
    }
}
