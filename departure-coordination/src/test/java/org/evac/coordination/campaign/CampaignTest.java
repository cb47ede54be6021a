package org.evac.coordination.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.coordinator;
import static org.evac.coordination.support.Api.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Upstream;
import org.evac.infrastructure.problem.Problem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignTest {

    /*
     * Provinces no other test class uses and each used by one test only, so that a campaign's
     * province filter sees only that test's persons.
     */
    private static final String PROVINCE = "AF-ZAB";
    private static final String ELSEWHERE = "AF-URU";
    private static final String CATEGORY_PROVINCE = "AF-WAR";
    private static final String LARGE_PROVINCE = "AF-NIM";

    /* More offers than the campaign makes in one transaction (100): three transactions. */
    private static final int LARGE = 250;

    @Inject EntityManager entityManager;

    private static Map<String, Object> campaign(String province, String category) {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "channel",
                                "SMS",
                                "respondBy",
                                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(),
                                "province",
                                province));
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    @Test
    void offersEveryoneEligibleOnceAndIsIdempotent() {
        String province = PROVINCE;
        UUID household = UUID.randomUUID();
        UUID head = Upstream.person().household(household).province(province).publish();
        UUID spouse =
                Upstream.person()
                        .household(household)
                        .province(province)
                        .category("IMMEDIATE_RELATIVE")
                        .publish();
        UUID lpr =
                Upstream.person()
                        .province(province)
                        .category("LAWFUL_PERMANENT_RESIDENT")
                        .publish();
        UUID unverified = Upstream.person().province(province).verification("UNVERIFIED").publish();
        UUID departed = Upstream.person().province(province).status("DEPARTED").publish();
        UUID elsewhere = Upstream.person().province(ELSEWHERE).publish();
        UUID alreadyOffered = Upstream.person().province(province).publish();
        List.of(head, spouse, lpr, unverified, departed, elsewhere, alreadyOffered)
                .forEach(Api::awaitPerson);
        Api.offerPerson(alreadyOffered);

        String location =
                coordinator()
                        .body(campaign(province, null))
                        .post("/api/v1/campaigns")
                        .then()
                        .statusCode(201)
                        .header("Location", startsWith("http"))
                        .body("offersMade", equalTo(2))
                        .body("householdOffers", equalTo(1))
                        .body("individualOffers", equalTo(1))
                        .body("personsOffered", equalTo(3))
                        .body("alreadyOpen", equalTo(1))
                        .extract()
                        .header("Location");
        assertThat(List.of(state(head), state(spouse), state(lpr))).containsOnly("OFFERED");
        assertThat(List.of(state(unverified), state(departed), state(elsewhere)))
                .containsOnly("NOT_OFFERED");
        coordinator().get(location).then().statusCode(200).body("personsOffered", equalTo(3));
        coordinator()
                .get("/api/v1/offers?householdId={id}", household)
                .then()
                .body("total", equalTo(1))
                .body("items[0].personIds.size()", equalTo(2));

        coordinator()
                .body(campaign(province, null))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .body("offersMade", equalTo(0))
                .body("personsOffered", equalTo(0))
                .body("alreadyOpen", equalTo(4));
        coordinator()
                .get("/api/v1/offers?householdId={id}", household)
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aCampaignOverSeveralTransactionsOffersEveryoneOnce() {
        for (int i = 0; i < LARGE; i++) {
            Upstream.person().province(LARGE_PROVINCE).publish();
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> personsIn(LARGE_PROVINCE) == LARGE);

        coordinator()
                .body(campaign(LARGE_PROVINCE, null))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .body("offersMade", equalTo(LARGE))
                .body("personsOffered", equalTo(LARGE));
        coordinator()
                .body(campaign(LARGE_PROVINCE, null))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .body("offersMade", equalTo(0))
                .body("alreadyOpen", equalTo(LARGE));
    }

    private long personsIn(String province) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                entityManager
                                                        .createNativeQuery(
                                                                "select count(*) from person_view where province = ?1")
                                                        .setParameter(1, province)
                                                        .getSingleResult())
                                        .longValue());
    }

    @Test
    void filtersByCategory() {
        String province = CATEGORY_PROVINCE;
        UUID citizen = Upstream.person().province(province).publish();
        UUID lpr =
                Upstream.person()
                        .province(province)
                        .category("LAWFUL_PERMANENT_RESIDENT")
                        .publish();
        awaitPerson(citizen);
        awaitPerson(lpr);
        coordinator()
                .body(campaign(province, "LAWFUL_PERMANENT_RESIDENT"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(201)
                .body("offersMade", equalTo(1))
                .body("category", equalTo("LAWFUL_PERMANENT_RESIDENT"));
        assertThat(state(lpr)).isEqualTo("OFFERED");
        assertThat(state(citizen)).isEqualTo("NOT_OFFERED");
    }

    @Test
    void rejectsUnknownProvincesCategoriesAndNonCoordinators() {
        for (String province : List.of("Kabul", "AF-ZZZ")) {
            coordinator()
                    .body(campaign(province, null))
                    .post("/api/v1/campaigns")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("province"));
        }
        coordinator()
                .body(campaign("AF-KAB", "REFUGEE"))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(400);
        Api.as("viewer")
                .body(campaign("AF-KAB", null))
                .post("/api/v1/campaigns")
                .then()
                .statusCode(403);
    }
}
