package org.evac.registry.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A registration retried over a bad link registers one person, never two. */
@QuarkusTest
@TestSecurity(user = "carla", roles = "coordinator")
class IdempotentRegistrationTest {

    @Test
    void aRetriedRegistrationReplaysTheFirstAndRegistersOnePerson() {
        Persons person = aPerson();
        String key = UUID.randomUUID().toString();

        Response first = register(person, key);
        Response retry = register(person, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        int matches =
                given().queryParam("q", person.familyName())
                        .get("/api/v1/persons")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        assertThat(matches).isEqualTo(1);
    }

    @Test
    void anotherPersonWithTheSameKeyIs422AndIsNotRegistered() {
        String key = UUID.randomUUID().toString();
        register(aPerson(), key).then().statusCode(201);
        Persons other = aPerson();

        register(other, key).then().statusCode(422).contentType("application/problem+json");

        int matches =
                given().queryParam("q", other.familyName())
                        .get("/api/v1/persons")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        assertThat(matches).isZero();
    }

    private static Response register(Persons person, String key) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .queryParam("acknowledgeDuplicates", true)
                .body(person.body())
                .post("/api/v1/persons");
    }
}
