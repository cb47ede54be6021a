package org.evac.registry.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A JSON Lines import row and {@code POST /persons} pass the same gate: what one refuses, the other
 * refuses for the same reasons, and nothing is written.
 */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class PersonGateTest {

    @Inject ObjectMapper mapper;

    @Test
    void refusesAQualifyingRelativeWhoDoesNotExistInTheApiAndTheImportAlike() throws Exception {
        Persons relative = relativeOf(UUID.randomUUID().toString());
        assertRefusedAlikeByApiAndImport(relative, "qualifyingRelative.personId no such person");
    }

    @Test
    void refusesAQualifyingRelativeWhoIsNotACitizenOrResidentInTheApiAndTheImportAlike()
            throws Exception {
        String notEligible = aPerson().with("category", "FAMILY_NOT_ELIGIBLE").create();
        Persons relative = relativeOf(notEligible);
        assertRefusedAlikeByApiAndImport(
                relative,
                "qualifyingRelative.personId must be a US_CITIZEN or LAWFUL_PERMANENT_RESIDENT");
    }

    @Test
    void acceptsARegisteredCitizenAsQualifyingRelativeInTheApiAndTheImportAlike() throws Exception {
        String citizen = aPerson().create();
        relativeOf(citizen).create();
        Persons imported = relativeOf(citizen);
        String report = importJsonLines(imported);
        assertThat(report.lines().skip(1).findFirst().orElseThrow()).startsWith("1,CREATED,");
    }

    @Test
    void reportsEveryProblemOfARowInTheApiOrder() throws Exception {
        Persons relative =
                relativeOf(UUID.randomUUID().toString())
                        .bornOn("1990-02-30")
                        .with("location", Map.of("province", "AF-XXX"));
        assertRefusedAlikeByApiAndImport(
                relative,
                "birthDate is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD; "
                        + "location.province must be an ISO 3166-2:AF province code such as AF-KAB; "
                        + "qualifyingRelative.personId no such person");
    }

    private static Persons relativeOf(String qualifyingId) {
        return aPerson()
                .with("category", "IMMEDIATE_RELATIVE")
                .with(
                        "qualifyingRelative",
                        Map.of("personId", qualifyingId, "relationship", "SPOUSE"));
    }

    private void assertRefusedAlikeByApiAndImport(Persons person, String expected)
            throws Exception {
        List<Map<String, String>> errors =
                given().contentType(ContentType.JSON)
                        .body(person.body())
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .extract()
                        .path("errors");
        String apiReasons =
                errors.stream()
                        .map(e -> e.get("field") + " " + e.get("message"))
                        .collect(Collectors.joining("; "));
        assertThat(apiReasons).isEqualTo(expected);

        String row = importJsonLines(person).lines().skip(1).findFirst().orElseThrow();
        assertThat(row).startsWith("1,INVALID,,,");
        assertThat(unquote(row.substring("1,INVALID,,,".length()))).isEqualTo(expected);

        given().queryParam("q", person.familyName())
                .get("/api/v1/persons")
                .then()
                .body("total", equalTo(0));
    }

    private String importJsonLines(Persons person) throws Exception {
        String line = mapper.writeValueAsString(person.body()) + "\n";
        String reportPath =
                given().contentType("application/x-ndjson")
                        .body(line.getBytes(StandardCharsets.UTF_8))
                        .queryParam("source", "PARTNER_NGO_LIST")
                        .post("/api/v1/imports/jsonl")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("report");
        return given().get(reportPath).then().statusCode(200).extract().asString();
    }

    private static String unquote(String csvField) {
        return csvField.startsWith("\"")
                ? csvField.substring(1, csvField.length() - 1).replace("\"\"", "\"")
                : csvField;
    }
}
