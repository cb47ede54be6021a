package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class MatchKeyIndexTest {

    @Inject MatchKeyIndex index;

    @Inject EntityManager entityManager;

    @Test
    void keysWrittenUnderAnotherSchemeAreRebuiltAndFindDuplicatesAgain() {
        String family = Persons.uniqueFamilyName();
        String existing = aPerson().named("Gul Ahmad", family).bornOn("1960-03-01").create();
        Persons variant = aPerson().named("Ahmad Gul", family).bornOn("1960").noDocuments();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            entityManager
                                    .createNativeQuery(
                                            "delete from person_match_key where person_id = ?1")
                                    .setParameter(1, UUID.fromString(existing))
                                    .executeUpdate();
                            entityManager
                                    .createNativeQuery(
                                            "update match_key_scheme set scheme = 'older-scheme'")
                                    .executeUpdate();
                        });
        given().contentType(ContentType.JSON)
                .body(variant.body())
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .body("personId", not(hasItem(existing)));

        index.rebuildIfOutdated();

        given().contentType(ContentType.JSON)
                .body(variant.body())
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .body("personId", hasItem(existing));
        String scheme =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        (String)
                                                entityManager
                                                        .createNativeQuery(
                                                                "select scheme from match_key_scheme")
                                                        .getSingleResult());
        assertThat(scheme).isEqualTo(Identity.KEY_SCHEME);
    }
}
