package org.evac.manifest.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.manifest.csv.ManifestCsv;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManifestRevisionTest {

    @Test
    void eachSubmissionIsANewNumberedRevisionAndEarlierOnesStayAsTheyWere() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder ahmad = passenger();
        PassengerBuilder mariam = passenger().familyName("AHMADI").givenNames("MARIAM").sex("F");

        Fixtures.submit(flight, ahmad)
                .statusCode(201)
                .header("Location", endsWith("/manifests/1"))
                .body("revision", equalTo(1))
                .body("passengerCount", equalTo(1));
        Fixtures.submit(flight, ahmad, mariam).statusCode(201).body("revision", equalTo(2));

        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("passengerCount", contains(1, 2));
        Auth.coordinator()
                .accept(ContentType.JSON)
                .get("/api/v1/flights/{id}/manifests/1", flight)
                .then()
                .statusCode(200)
                .body("passengers", hasSize(1));
        Auth.coordinator()
                .accept(ContentType.JSON)
                .get("/api/v1/flights/{id}/manifests/latest", flight)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("passengers.familyName", contains("HAIDARI", "AHMADI"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}", flight)
                .then()
                .body("currentRevision", equalTo(2));
    }

    @Test
    void diffNamesAddedRemovedAndChangedPassengers() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder stays = passenger();
        PassengerBuilder leaves = passenger().familyName("KARIMI");
        PassengerBuilder joins = passenger().familyName("NOORI");

        Fixtures.submit(flight, stays, leaves).statusCode(201);
        Fixtures.submit(
                        flight,
                        joins,
                        passenger().documentNumber(stays.documentNumber()).seat("14C"))
                .statusCode(201);

        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/diff?from=1&to=2", flight)
                .then()
                .statusCode(200)
                .body("added.familyName", contains("NOORI"))
                .body("removed.familyName", contains("KARIMI"))
                .body("changed", hasSize(1))
                .body("changed[0].documentNumber", equalTo(stays.documentNumber()))
                .body("changed[0].fromLineNumber", equalTo(1))
                .body("changed[0].toLineNumber", equalTo(2))
                .body("changed[0].changes", hasSize(1))
                .body("changed[0].changes[0].field", equalTo("seat"))
                .body("changed[0].changes[0].from", equalTo("12A"))
                .body("changed[0].changes[0].to", equalTo("14C"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/diff?from=1&to=9", flight)
                .then()
                .statusCode(404);
    }

    @Test
    void flagsARevisionSubmittedLessThanFifteenMinutesBeforeDepartureAsLate() {
        String operator = Fixtures.newOperator();
        UUID onTime = Fixtures.newFlight(operator, Duration.ofHours(2), 300);
        UUID tight = Fixtures.newFlight(operator, Duration.ofMinutes(10), 300);

        Fixtures.submit(onTime, passenger())
                .statusCode(201)
                .body("late", equalTo(false))
                .body("totals.LATE_MANIFEST", equalTo(0));
        Fixtures.submit(tight, passenger())
                .statusCode(201)
                .body("late", equalTo(true))
                .body("flightResults", contains("LATE_MANIFEST"))
                .body("totals.LATE_MANIFEST", equalTo(1));
    }

    @Test
    void locksTheManifestWhenTheFlightDeparts() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        Fixtures.submit(flight, passenger()).statusCode(201);
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);
        Fixtures.submit(flight, passenger()).statusCode(201).body("revision", equalTo(2));
        Fixtures.changeStatus(flight, "DEPARTED").statusCode(200);

        Fixtures.submit(flight, passenger())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://evac.example.org/problems/manifest-locked"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("revision", contains(1, 2));
    }

    @Test
    void rejectsInvalidLinesNamingTheFieldAndStoresNothing() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.submit(
                        flight,
                        passenger(),
                        passenger().birthDate("12.03.1985").with("nationality", "Afghan"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        contains("passengers[1].birthDate", "passengers[1].nationality"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    /** An operator opens the export in a spreadsheet: a field that looks like a formula is text. */
    @Test
    void theCsvExportDefusesSpreadsheetFormulas() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        String csv =
                "family_name,given_names,native_family_name,native_given_names,birth_date,sex,nationality,"
                        + "document_type,document_number,document_issuing_country\r\n"
                        + "HAIDARI,AHMAD,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",@SUM(A1),1985,M,AFG,P,"
                        + PassengerBuilder.uniqueDocumentNumber()
                        + ",AFG\r\n";
        Auth.coordinator()
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(201);

        String rendered =
                Auth.coordinator()
                        .get("/api/v1/flights/{id}/manifests/1/csv", flight)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(rendered)
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@SUM(A1),")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",@SUM");
    }

    @Test
    void csvWithDariAndPashtoNamesRoundTrips() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        String doc1 = PassengerBuilder.uniqueDocumentNumber();
        String doc2 = PassengerBuilder.uniqueDocumentNumber();
        String csv =
                "family_name,given_names,native_family_name,native_given_names,birth_date,sex,nationality,"
                        + "document_type,document_number,document_issuing_country,document_expiry,seat,booking_reference\r\n"
                        + "HAIDARI,AHMAD ZIA,حیدری,احمد ضیا,1985-03-12,M,AFG,P,"
                        + doc1
                        + ",AFG,2027-05-01,12A,EVAC42\r\n"
                        + "YOUSAFZAI,GUL MAKAI,یوسفزۍ,\"ګل, مکۍ\",1990,F,AFG,P,"
                        + doc2
                        + ",AFG,2028-01-31,,\r\n";

        Auth.coordinator()
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/flights/" + flight + "/manifests/1"))
                .body("passengerCount", equalTo(2));

        String rendered =
                Auth.coordinator()
                        .get("/api/v1/flights/{id}/manifests/1/csv", flight)
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/csv"))
                        .extract()
                        .asString();
        assertThat(rendered).startsWith(String.join(",", ManifestCsv.COLUMNS) + "\r\n");
        assertThat(rendered)
                .contains("حیدری,احمد ضیا")
                .contains("GUL MAKAI,یوسفزۍ,\"ګل, مکۍ\",1990,F");

        Auth.coordinator()
                .contentType("text/csv; charset=UTF-8")
                .body(rendered.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(201);
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/diff?from=1&to=2", flight)
                .then()
                .statusCode(200)
                .body("added", hasSize(0))
                .body("removed", hasSize(0))
                .body("changed", hasSize(0));
        Auth.coordinator()
                .accept(ContentType.JSON)
                .get("/api/v1/flights/{id}/manifests/2", flight)
                .then()
                .body("passengers[1].nativeFamilyName", equalTo("یوسفزۍ"))
                .body("passengers[1].nativeGivenNames", equalTo("ګل, مکۍ"));
    }

    @Test
    void rejectsMalformedCsvNamingTheLine() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        String csv =
                "family_name,birth_date,sex,nationality,document_type,document_number,document_issuing_country\n"
                        + "HAIDARI,1985-03-12,M,AFG,P,P123,AFG\n"
                        + "AHMADI,1990-01-01,Q,AFG,P,P124,AFG\n";

        Auth.coordinator()
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(400)
                .body("line", equalTo(3))
                .body("detail", containsString("line 3"));
        Auth.coordinator()
                .contentType("text/csv")
                .body("family_name,shoe_size\nX,42\n")
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(400)
                .body("line", equalTo(1));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void rejectsAnUnsupportedFormatWith415() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Auth.coordinator()
                .contentType("application/xml")
                .body("<manifest/>")
                .post("/api/v1/flights/{id}/manifests", flight)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // Each format has its own path: CSV on the JSON path is refused, not guessed.
        Auth.coordinator()
                .contentType("text/csv")
                .body(String.join(",", ManifestCsv.COLUMNS) + "\r\n")
                .post("/api/v1/flights/{id}/manifests", flight)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("passengers", List.of(passenger().build())))
                .post("/api/v1/flights/{id}/manifests/csv", flight)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void aClientAcceptingSeveralTypesGetsTheRevisionAsJson() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        Fixtures.submit(flight, passenger()).statusCode(201);

        Auth.coordinator()
                .accept("text/csv, application/edifact, application/json")
                .get("/api/v1/flights/{id}/manifests/1", flight)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("revision", equalTo(1));
        Auth.coordinator()
                .accept("*/*")
                .get("/api/v1/flights/{id}/manifests/latest", flight)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
        Auth.coordinator()
                .accept("text/csv")
                .get("/api/v1/flights/{id}/manifests/1", flight)
                .then()
                .statusCode(406);
    }

    @Test
    void validatesEveryJsonLineOnceNamingItsIndex() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.submit(flight, passenger(), passenger().with("familyName", ""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("passengers[1].familyName"))
                .body("errors", hasSize(1));
    }

    @Test
    void operatorSubmitsToItsOwnFlightAndCoordinatorSeesIt() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);

        Auth.operator(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("passengers", List.of(passenger().build())))
                .post("/api/v1/flights/{id}/manifests", flight)
                .then()
                .statusCode(201);

        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("submittedBy", contains("ops-" + operator.toLowerCase()));
        Auth.operator(Fixtures.newOperator())
                .get("/api/v1/flights/{id}/manifests/1/checks", flight)
                .then()
                .statusCode(404);
    }
}
