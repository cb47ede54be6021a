package org.evac.registry.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

/**
 * The statistics are kept in counters that every change updates in its own transaction; after
 * registrations, corrections, contact, a merge and an import, they equal a full count of the
 * registry (the definition they replace).
 */
@QuarkusTest
class StatisticsCountsTest {

    private static final String LIVE = " from person p where p.merged_into is null";

    @Inject EntityManager entityManager;

    @Test
    @TestSecurity(user = "supervisor", roles = "admin")
    void countersEqualAFullCountAfterEveryKindOfChange() {
        String family = Persons.uniqueFamilyName();
        String first = aPerson().named("Ahmad", family).bornOn("1960-01-01").create();
        String second = aPerson().named("Ahmed", family).bornOn("1960-01-01").create();
        String third = aPerson().named("Zahra", Persons.uniqueFamilyName()).create();
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("departureWish", "DOES_NOT_WANT_TO_LEAVE", "province", "AF-HER"))
                .patch("/api/v1/persons/" + third)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "channel",
                                "PHONE",
                                "outcome",
                                "REACHED",
                                "attemptedAt",
                                Instant.now().minus(71, ChronoUnit.HOURS).toString()))
                .post("/api/v1/persons/" + first + "/contact-attempts")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "outcome", "REACHED"))
                .post("/api/v1/persons/" + second + "/contact-attempts")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("mergedId", second, "reason", "same person"))
                .post("/api/v1/persons/" + first + "/merge")
                .then()
                .statusCode(200);
        String csv =
                "familyName,givenNames,nativeName,birthDate,category,province,phone,email,"
                        + "documentType,documentCountry,documentNumber,documentExpiry,sourceReference\r\n"
                        + Persons.uniqueFamilyName()
                        + ",Maryam,,1990,US_CITIZEN,AF-BAL,,,,,,,S-1\r\n"
                        + Persons.uniqueFamilyName()
                        + ",Farid,,1985-02-03,US_CITIZEN,,,,,,,,S-2\r\n";
        given().contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "PARTNER_NGO_LIST")
                .queryParam("fileName", "counts.csv")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(201);

        JsonPath statistics =
                given().get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();

        Map<String, Object> expected = fullCount();
        assertThat(statistics.getLong("total")).isEqualTo(expected.get("total"));
        assertThat(longs(statistics.getMap("byCategory"))).isEqualTo(expected.get("category"));
        assertThat(longs(statistics.getMap("byVerification")))
                .isEqualTo(expected.get("verification"));
        assertThat(longs(statistics.getMap("byDepartureWish")))
                .isEqualTo(expected.get("departure_wish"));
        assertThat(longs(statistics.getMap("byProvince"))).isEqualTo(expected.get("province"));
        assertThat(longs(statistics.getMap("byStatus"))).isEqualTo(expected.get("status"));
        assertThat(longs(statistics.getMap("byQualityFlag"))).isEqualTo(expected.get("flags"));
        assertThat(statistics.getLong("contact.reached")).isEqualTo(expected.get("reached"));
        assertThat(statistics.getLong("contact.notReached")).isEqualTo(expected.get("notReached"));
    }

    /** The registry counted row by row, as the statistics were computed before the counters. */
    private Map<String, Object> fullCount() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Map<String, Object> counts = new TreeMap<>();
                            counts.put("total", count("select count(*)" + LIVE));
                            for (String column :
                                    List.of(
                                            "category",
                                            "verification",
                                            "departure_wish",
                                            "status")) {
                                counts.put(
                                        column,
                                        group(
                                                "select p."
                                                        + column
                                                        + ", count(*)"
                                                        + LIVE
                                                        + " group by 1"));
                            }
                            counts.put(
                                    "province",
                                    group(
                                            "select coalesce(p.province, 'UNKNOWN'), count(*)"
                                                    + LIVE
                                                    + " group by 1"));
                            counts.put(
                                    "flags",
                                    group(
                                            "select q.flag, count(*) from person_quality_flag q"
                                                    + " join person p on p.id = q.person_id"
                                                    + " where p.merged_into is null group by 1"));
                            String active = LIVE + " and p.status = 'ACTIVE'";
                            String since = "now() - interval '72 hours'";
                            counts.put(
                                    "reached",
                                    count(
                                            "select count(*)"
                                                    + active
                                                    + " and p.last_reached_at >= "
                                                    + since));
                            counts.put(
                                    "notReached",
                                    count(
                                            "select count(*)"
                                                    + active
                                                    + " and (p.last_reached_at is null or"
                                                    + " p.last_reached_at < "
                                                    + since
                                                    + ")"));
                            return counts;
                        });
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> group(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(sql).getResultList()) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Map<String, Long> longs(Map<String, Object> json) {
        Map<String, Long> counts = new TreeMap<>();
        json.forEach((key, value) -> counts.put(key, ((Number) value).longValue()));
        return counts;
    }
}
