package org.evac.registry.household;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class HouseholdResourceTest {

    private static String household(String head, String member, String relationship) {
        return given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "headPersonId",
                                head,
                                "members",
                                List.of(Map.of("personId", member, "relationship", relationship))))
                .post("/api/v1/households")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsAHouseholdAndLinksItsMembers() {
        String head = aPerson().with("departureWish", "WILL_NOT_LEAVE_WITHOUT_FAMILY").create();
        String spouse = aPerson().with("category", "FAMILY_NOT_ELIGIBLE").create();
        given().get("/api/v1/persons/" + head)
                .then()
                .body("qualityFlags", hasItem("FAMILY_NOT_LINKED"));

        String id = household(head, spouse, "SPOUSE");

        given().get("/api/v1/households/" + id)
                .then()
                .statusCode(200)
                .body("headPersonId", equalTo(head))
                .body("members.personId", containsInAnyOrder(head, spouse))
                .body(
                        "members.find { it.personId == '" + spouse + "' }.relationship",
                        equalTo("SPOUSE"))
                .body(
                        "members.find { it.personId == '" + head + "' }.relationship",
                        equalTo("HEAD"));
        given().get("/api/v1/persons/" + head)
                .then()
                .body("household.id", equalTo(id))
                .body("qualityFlags", not(hasItem("FAMILY_NOT_LINKED")));
    }

    @Test
    void aPersonBelongsToOneHouseholdOnly() {
        String head = aPerson().create();
        String child = aPerson().create();
        household(head, child, "CHILD");
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "headPersonId",
                                aPerson().create(),
                                "members",
                                List.of(Map.of("personId", child, "relationship", "CHILD"))))
                .post("/api/v1/households")
                .then()
                .statusCode(409)
                .body("type", containsString("already-in-household"));
    }

    @Test
    void addsRemovesMembersAndChangesTheHead() {
        String head = aPerson().create();
        String spouse = aPerson().create();
        String parent = aPerson().create();
        String id = household(head, spouse, "SPOUSE");

        given().contentType(ContentType.JSON)
                .body(Map.of("personId", parent, "relationship", "PARENT"))
                .post("/api/v1/households/" + id + "/members")
                .then()
                .statusCode(200)
                .body("members.personId", hasItem(parent));
        given().delete("/api/v1/households/" + id + "/members/" + head)
                .then()
                .statusCode(409)
                .body("type", containsString("head-cannot-leave"));
        given().contentType(ContentType.JSON)
                .body(Map.of("personId", spouse, "previousHeadBecomes", "SPOUSE"))
                .put("/api/v1/households/" + id + "/head")
                .then()
                .statusCode(200)
                .body("headPersonId", equalTo(spouse))
                .body(
                        "members.find { it.personId == '" + head + "' }.relationship",
                        equalTo("SPOUSE"));
        given().delete("/api/v1/households/" + id + "/members/" + parent)
                .then()
                .statusCode(200)
                .body("members.personId", not(hasItem(parent)));
        given().get("/api/v1/persons/" + parent)
                .then()
                .body("household", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownHouseholdIsA404() {
        given().get("/api/v1/households/00000000-0000-4000-8000-000000000001")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
