package org.evac.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaxlstResourceTest {

    private static final String EDIFACT = "application/edifact";

    @Inject Clock clock;

    @Test
    void parseStoreRenderParseGivesTheSamePassengersInBothReleases() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        String original = PaxlstFiles.read(PaxlstFiles.GROUPED_D05B);
        var expected = PaxlstParser.parse(original, LocalDate.now(clock)).submission().passengers();

        upload(flight, original).statusCode(201).body("passengerCount", equalTo(2));

        for (String release : new String[] {"D02B", "D05B"}) {
            String rendered =
                    Auth.coordinator()
                            .accept(EDIFACT)
                            .get(
                                    "/api/v1/flights/{id}/manifests/1/paxlst?release=" + release,
                                    flight)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            PaxlstMessage reparsed = PaxlstParser.parse(rendered, LocalDate.now(clock));
            assertThat(reparsed.release()).isEqualTo(release);
            assertThat(reparsed.flightNumber()).isEqualTo(Fixtures.FLIGHT_NUMBER);
            assertThat(reparsed.submission().passengers()).isEqualTo(expected);
            assertThat(rendered).contains("NAD+FL+++O?'BRIEN:SEAN'");
        }
    }

    @Test
    void flightsScheduledTogetherGetDistinctInterchangeReferences() {
        String operator = Fixtures.newOperator();
        UUID first = Fixtures.newFlight(operator);
        UUID second = Fixtures.newFlight(operator);
        String original = PaxlstFiles.read(PaxlstFiles.GROUPED_D05B);
        upload(first, original).statusCode(201);
        upload(second, original).statusCode(201);

        // A border system may drop an interchange whose reference it has already received.
        assertThat(interchangeReference(first)).isNotEqualTo(interchangeReference(second));
    }

    private static String interchangeReference(UUID flight) {
        String rendered =
                Auth.coordinator()
                        .accept(EDIFACT)
                        .get("/api/v1/flights/{id}/manifests/1/paxlst?release=D05B", flight)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        String unb = rendered.lines().filter(l -> l.startsWith("UNB+")).findFirst().orElseThrow();
        return unb.substring(unb.lastIndexOf('+') + 1, unb.indexOf('\''));
    }

    @Test
    void storesAMessageWithCustomSeparatorsAndReleaseCharacters() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        upload(flight, PaxlstFiles.read(PaxlstFiles.CUSTOM_SEPARATORS)).statusCode(201);

        Auth.coordinator()
                .accept(ContentType.JSON)
                .get("/api/v1/flights/{id}/manifests/latest", flight)
                .then()
                .statusCode(200)
                .body("sourceFormat", equalTo("PAXLST"))
                .body("passengers[0].familyName", equalTo("AL-HASHIMI"))
                .body("passengers[1].familyName", equalTo("O'NEIL"))
                .body("passengers[1].seat", equalTo("3C"));
    }

    @Test
    void rejectsAMismatchingCntNamingTheSegmentAndStoresNothing() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        upload(flight, PaxlstFiles.read(PaxlstFiles.CNT_MISMATCH))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://evac.example.org/problems/malformed-paxlst"))
                .body("segment", equalTo("CNT"))
                .body("segmentNumber", equalTo(31))
                .body("line", equalTo(32))
                .body("detail", containsString("nothing was stored"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void rejectsAPassengerWithoutDocumentNamingItsSegment() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        String withoutDocument =
                PaxlstFiles.read(PaxlstFiles.CUSTOM_SEPARATORS)
                        .replace("DOC|P-110-111|X1234567~\n", "")
                        .replace("UNT|29|1~", "UNT|28|1~");

        upload(flight, withoutDocument)
                .statusCode(400)
                .body("errors[0].field", equalTo("segment 21 (NAD) at line 22.documentNumber"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void rejectsAMessageForAnotherFlightWith422() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        upload(
                        flight,
                        PaxlstFiles.read(PaxlstFiles.GROUPED_D05B)
                                .replace("TDT+20+QR8001", "TDT+20+QR8002"))
                .statusCode(422)
                .body("type", equalTo("https://evac.example.org/problems/wrong-flight"))
                .body("detail", containsString("QR8002"));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests", flight)
                .then()
                .body("", hasSize(0));
    }

    @Test
    void answersAnUploadToAnUnknownFlightWith404() {
        upload(UUID.randomUUID(), PaxlstFiles.read(PaxlstFiles.GROUPED_D05B))
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rendersTheDefaultReleaseAndRefusesAnUnknownOne() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        upload(flight, PaxlstFiles.read(PaxlstFiles.GROUPED_D05B)).statusCode(201);

        String rendered =
                Auth.coordinator()
                        .get("/api/v1/flights/{id}/manifests/latest/paxlst", flight)
                        .then()
                        .statusCode(200)
                        .contentType(containsString(EDIFACT))
                        .extract()
                        .asString();
        assertThat(PaxlstParser.parse(rendered, LocalDate.now(clock)).release()).isEqualTo("D02B");
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/1/paxlst?release=D99B", flight)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse upload(UUID flight, String message) {
        return Auth.coordinator()
                .contentType(EDIFACT)
                .body(message.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/flights/{id}/manifests/paxlst", flight)
                .then();
    }
}
