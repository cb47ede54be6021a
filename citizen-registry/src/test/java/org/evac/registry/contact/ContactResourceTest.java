package org.evac.registry.contact;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class ContactResourceTest {

    @Test
    void recordsAttemptsAndShowsWhenLastReached() {
        String id = aPerson().create();
        Instant reachedAt =
                Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "outcome", "NO_ANSWER"))
                .post("/api/v1/persons/" + id + "/contact-attempts")
                .then()
                .statusCode(201)
                .body("attemptedBy", equalTo("coordinator-ana"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "channel",
                                "WHATSAPP",
                                "outcome",
                                "REACHED",
                                "attemptedAt",
                                reachedAt.toString(),
                                "note",
                                "ok"))
                .post("/api/v1/persons/" + id + "/contact-attempts")
                .then()
                .statusCode(201);

        given().get("/api/v1/persons/" + id)
                .then()
                .body("lastReachedAt", equalTo(reachedAt.toString()));
        given().get("/api/v1/persons/" + id + "/contact-attempts")
                .then()
                .body("", hasSize(2))
                .body("[0].outcome", equalTo("NO_ANSWER"));
    }

    @Test
    void listsActivePersonsNotReachedWithinNHours() {
        String family = org.evac.registry.person.Persons.uniqueFamilyName();
        String neverReached = aPerson().named("Farid", family).create();
        String reachedLongAgo = aPerson().named("Hamid", family).create();
        String reachedRecently = aPerson().named("Nasrin", family).create();
        reach(reachedLongAgo, Instant.now().minus(5, ChronoUnit.DAYS));
        reach(reachedRecently, Instant.now().minus(1, ChronoUnit.HOURS));

        given().queryParam("notReachedWithinHours", 72)
                .queryParam("q", family)
                .get("/api/v1/persons")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(neverReached))
                .body("items.id", hasItem(reachedLongAgo))
                .body("items.id", not(hasItem(reachedRecently)));
    }

    @Test
    void rejectsAnAttemptInTheFutureAndABadPhone() {
        String id = aPerson().create();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "channel",
                                "PHONE",
                                "outcome",
                                "REACHED",
                                "attemptedAt",
                                Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/persons/" + id + "/contact-attempts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attemptedAt"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "SIGNAL", "value", "0700 123 456"))
                .post("/api/v1/persons/" + id + "/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("value"));
    }

    @Test
    void addsAndRemovesContactChannels() {
        String id = aPerson().noContacts().create();
        given().get("/api/v1/persons/" + id)
                .then()
                .body("qualityFlags", hasItem("NO_CONTACT_CHANNEL"));
        String channel =
                given().contentType(ContentType.JSON)
                        .body(Map.of("kind", "TELEGRAM", "value", "@safe_house_21"))
                        .post("/api/v1/persons/" + id + "/contacts")
                        .then()
                        .statusCode(201)
                        .body("id", notNullValue())
                        .extract()
                        .path("id");
        given().get("/api/v1/persons/" + id)
                .then()
                .body("qualityFlags", not(hasItem("NO_CONTACT_CHANNEL")));
        given().delete("/api/v1/persons/" + id + "/contacts/" + channel).then().statusCode(204);
        given().get("/api/v1/persons/" + id + "/contacts").then().body("", hasSize(0));
    }

    private static void reach(String id, Instant at) {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "channel",
                                "PHONE",
                                "outcome",
                                "REACHED",
                                "attemptedAt",
                                at.toString()))
                .post("/api/v1/persons/" + id + "/contact-attempts")
                .then()
                .statusCode(201);
    }
}
