package org.evac.registry.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {

    private static final String HEADER =
            "familyName,givenNames,nativeName,birthDate,category,province,phone,"
                    + "documentType,documentCountry,documentNumber,documentExpiry,vulnerabilities,sourceReference\r\n";

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void importsACsvWithAPerRowReportAndProvenance() {
        String family = Persons.uniqueFamilyName();
        String passport = Persons.digits(9);
        String csv =
                HEADER
                        + family
                        + ",Mohammad Karim,محمد کریم,1980-05-02,US_CITIZEN,AF-KAB,+93701112233,US_PASSPORT,USA,"
                        + passport
                        + ",2030-01-01,MEDICAL:insulin,NGO-17\r\n"
                        + family
                        + ",Zahra,,1979-01-01,LAWFUL_PERMANENT_RESIDENT,AF-BAL,,,,,,,NGO-18\r\n"
                        + ",Nobody,,1990,US_CITIZEN,AF-KAB,,,,,,,NGO-19\r\n"
                        + family
                        + "-Twin,Ali,,1990,US_CITIZEN,AF-KAB,,US_PASSPORT,USA,"
                        + passport
                        + ",,,NGO-20\r\n"
                        + family
                        + ",Muhammad,,1980,US_CITIZEN,AF-KAB,,,,,,,NGO-21\r\n"
                        + "\""
                        + family
                        + ", Jr\",Said,,1990-02-30,US_CITIZEN,AF-KAB,,,,,,,NGO-22\r\n";

        var summary =
                given().contentType("text/csv")
                        .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .queryParam("source", "PARTNER_NGO_LIST")
                        .queryParam("fileName", "ngo-list.csv")
                        .post("/api/v1/imports/csv")
                        .then()
                        .statusCode(201)
                        .body("totalRows", equalTo(6))
                        .body("created", equalTo(3))
                        .body("flagged", equalTo(1))
                        .body("duplicates", equalTo(1))
                        .body("invalid", equalTo(2))
                        .extract();

        String report =
                given().get(summary.path("report").toString())
                        .then()
                        .statusCode(200)
                        .contentType("text/csv")
                        .extract()
                        .asString();
        List<String> lines = report.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("1,CREATED,");
        assertThat(lines.get(2)).startsWith("2,FLAGGED,").contains("PLACEHOLDER_BIRTH_DATE");
        assertThat(lines.get(3)).startsWith("3,INVALID,").contains("familyName");
        assertThat(lines.get(4)).startsWith("4,DUPLICATE,").contains("document US_PASSPORT");
        assertThat(lines.get(5))
                .startsWith("5,POSSIBLE_DUPLICATE,")
                .contains("only one record has the name Karim: -1.5");
        assertThat(lines.get(6)).startsWith("6,INVALID,").contains("birthDate");

        String personId = lines.get(1).split(",")[2];
        given().get("/api/v1/persons/" + personId)
                .then()
                .statusCode(200)
                .body("nativeName", equalTo("محمد کریم"))
                .body("vulnerabilities[0].note", equalTo("insulin"))
                .body("sources.reference", hasItem("NGO-17 (ngo-list.csv row 1)"))
                .body("sources.reference", hasItem("NGO-20 (ngo-list.csv row 4)"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void reUploadingTheSameFileCreatesNothingNew() {
        String family = Persons.uniqueFamilyName();
        String csv = HEADER + family + ",Ahmad,,1975-03-04,US_CITIZEN,AF-KAB,,,,,,,\r\n";
        String first =
                given().contentType("text/csv")
                        .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .queryParam("source", "CONGRESSIONAL_LIST")
                        .post("/api/v1/imports/csv")
                        .then()
                        .statusCode(201)
                        .body("created", equalTo(1))
                        .extract()
                        .path("id");

        given().contentType("text/csv")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("source", "CONGRESSIONAL_LIST")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("alreadyImported", equalTo(true));
        given().queryParam("q", family).get("/api/v1/persons").then().body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void importsJsonLines() {
        String family = Persons.uniqueFamilyName();
        String jsonl =
                "{\"familyName\":\""
                        + family
                        + "\",\"givenNames\":\"Hussain\",\"category\":\"US_CITIZEN\","
                        + "\"birthDate\":\"1966\",\"location\":{\"province\":\"AF-HER\"}}\n"
                        + "{not json}\n";
        given().contentType("application/x-ndjson")
                .body(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("source", "CALL_CENTRE")
                .post("/api/v1/imports/jsonl")
                .then()
                .statusCode(201)
                .body("created", equalTo(1))
                .body("invalid", equalTo(1));
        given().queryParam("q", "Husain " + family)
                .queryParam("source", "CALL_CENTRE")
                .get("/api/v1/persons")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void rejectsAFileWithAnUnknownHeader() {
        given().contentType("text/csv")
                .body("surname,givenNames\r\nX,Y\r\n")
                .queryParam("source", "WALK_IN")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("surname"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void answersTheImportWithItsLocation() {
        String csv =
                HEADER
                        + Persons.uniqueFamilyName()
                        + ",Ahmad,,1975-03-04,US_CITIZEN,AF-KAB,,,,,,,\r\n";
        String location =
                given().contentType("text/csv; charset=UTF-8")
                        .body(csv.getBytes(StandardCharsets.UTF_8))
                        .queryParam("source", "WALK_IN")
                        .post("/api/v1/imports/csv")
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/v1/imports/"))
                        .extract()
                        .header("Location");
        given().get(location).then().statusCode(200).body("format", equalTo("CSV"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void reUploadingTheSameJsonLinesFileAnswersTheFirstImport() {
        String jsonl =
                "{\"familyName\":\""
                        + Persons.uniqueFamilyName()
                        + "\",\"givenNames\":\"Bibi\",\"category\":\"LAWFUL_PERMANENT_RESIDENT\"}\n";
        String first =
                given().contentType("application/x-ndjson")
                        .body(jsonl.getBytes(StandardCharsets.UTF_8))
                        .queryParam("source", "CALL_CENTRE")
                        .post("/api/v1/imports/jsonl")
                        .then()
                        .statusCode(201)
                        .body("format", equalTo("JSON_LINES"))
                        .body("created", equalTo(1))
                        .extract()
                        .path("id");
        given().contentType("application/x-ndjson")
                .body(jsonl.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "CALL_CENTRE")
                .post("/api/v1/imports/jsonl")
                .then()
                .statusCode(200)
                .header("Location", endsWith("/api/v1/imports/" + first))
                .body("id", equalTo(first))
                .body("alreadyImported", equalTo(true));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void eachImportPathTakesOnlyItsOwnFormat() {
        String family = Persons.uniqueFamilyName();
        String jsonl =
                "{\"familyName\":\""
                        + family
                        + "\",\"givenNames\":\"Ali\",\"category\":\"US_CITIZEN\"}\n";
        given().contentType("application/x-ndjson")
                .body(jsonl.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "CALL_CENTRE")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(415);
        given().contentType("text/csv")
                .body(
                        (HEADER + family + ",Ali,,,US_CITIZEN,,,,,,,,\r\n")
                                .getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "CALL_CENTRE")
                .post("/api/v1/imports/jsonl")
                .then()
                .statusCode(415);
        given().queryParam("q", family).get("/api/v1/persons").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void refusesAnUnknownSourceWith400AndImportsNothing() {
        String family = Persons.uniqueFamilyName();
        given().contentType("text/csv")
                .body(
                        (HEADER + family + ",Ali,,,US_CITIZEN,,,,,,,,\r\n")
                                .getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "NOPE")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("text/csv")
                .body(
                        (HEADER + family + ",Ali,,,US_CITIZEN,,,,,,,,\r\n")
                                .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", family).get("/api/v1/persons").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void refusesAnEmptyUpload() {
        for (String[] format :
                List.of(
                        new String[] {"csv", "text/csv"},
                        new String[] {"jsonl", "application/x-ndjson"})) {
            given().contentType(format[1])
                    .body(new byte[0])
                    .queryParam("source", "WALK_IN")
                    .queryParam("fileName", "empty-" + Persons.uniqueFamilyName())
                    .post("/api/v1/imports/" + format[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void refusesAFileNameWithANulCharacter() {
        String family = Persons.uniqueFamilyName();
        given().contentType("text/csv")
                .body(
                        (HEADER + family + ",Ali,,,US_CITIZEN,,,,,,,,\r\n")
                                .getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "WALK_IN")
                .queryParam("fileName", "list\u0000.csv")
                .post("/api/v1/imports/csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", family).get("/api/v1/persons").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void exportsAFilteredSearchAsCsv() {
        String family = Persons.uniqueFamilyName();
        Persons.aPerson().named("Farid", family).create();
        String csv =
                given().queryParam("q", family)
                        .get("/api/v1/exports/persons")
                        .then()
                        .statusCode(200)
                        .contentType("text/csv")
                        .extract()
                        .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("registryNumber,familyName,givenNames");
        assertThat(lines.get(1)).contains(family).contains("Farid").contains("US_PASSPORT");
    }
}
