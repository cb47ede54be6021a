package org.evac.manifest.boarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.manifest.support.Upstream;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardingFlowTest {

    private static final String TOPIC = "evac.manifest.events";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void boardingDepartureAndArrivalAreCountedAndPublished() throws Exception {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder amina = passenger().familyName("SAHAK").sex("F");
        PassengerBuilder bashir = passenger().familyName("WARDAK");
        PassengerBuilder dropped = passenger().familyName("ZAZAI");
        PassengerBuilder guest = passenger().familyName("KHAN").with("nationality", "PAK");
        UUID aminaId = Upstream.registerPerson("SAHAK", "1985-03-12", amina.documentNumber());
        UUID bashirId = Upstream.registerPerson("WARDAK", "1985-03-12", bashir.documentNumber());
        Upstream.assignSeats(flight, aminaId, bashirId);
        Fixtures.submit(flight, amina, bashir, dropped).statusCode(201);

        board(flight, Map.of("lineNumber", 1))
                .statusCode(409)
                .body("title", equalTo("Flight not boarding"));
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);
        Fixtures.submit(flight, amina, bashir, guest).statusCode(201).body("revision", equalTo(2));

        board(flight, Map.of("lineNumber", 1))
                .statusCode(201)
                .body("personId", equalTo(aminaId.toString()))
                .body("status", equalTo("BOARDED"))
                .body("revision", equalTo(2));
        board(flight, Map.of("lineNumber", 1)).statusCode(409).body("status", equalTo("BOARDED"));
        board(flight, document(dropped))
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/not-on-manifest"));
        noShow(flight, document(bashir)).statusCode(201).body("status", equalTo("NO_SHOW"));
        board(flight, document(bashir))
                .statusCode(201)
                .body("personId", equalTo(bashirId.toString()));
        noShow(flight, Map.of("lineNumber", 3)).statusCode(201);
        board(flight, Map.of("lineNumber", 9)).statusCode(409);
        board(flight, Map.of("lineNumber", 1, "documentNumber", "X1"))
                .statusCode(400)
                .body("errors.field", contains("identified"));

        totals(flight)
                .body("manifested", equalTo(3))
                .body("boarded", equalTo(2))
                .body("noShow", equalTo(1))
                .body("departed", equalTo(0));
        Fixtures.changeStatus(flight, "DEPARTED").statusCode(200);
        Fixtures.submit(flight, amina).statusCode(409);
        totals(flight).body("departed", equalTo(2)).body("arrived", equalTo(0));
        Fixtures.changeStatus(flight, "ARRIVED").statusCode(200);
        Auth.viewer()
                .get("/api/v1/flights/{id}/totals", flight)
                .then()
                .statusCode(200)
                .body("manifested", equalTo(3))
                .body("boarded", equalTo(2))
                .body("arrived", equalTo(2));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/boardings", flight)
                .then()
                .statusCode(200)
                .body("status", contains("ARRIVED", "ARRIVED", "NO_SHOW"));

        List<ConsumerRecord<String, byte[]>> events =
                TopicReader.readMatching(
                        TOPIC,
                        10,
                        Duration.ofSeconds(30),
                        record -> flight.toString().equals(record.key()));
        assertThat(events)
                .extracting(record -> TopicReader.header(record, "ce_type").orElseThrow())
                .containsExactly(
                        "org.evac.manifest.flight.scheduled.v1",
                        "org.evac.manifest.manifest.revision-submitted.v1",
                        "org.evac.manifest.flight.updated.v1",
                        "org.evac.manifest.manifest.revision-submitted.v1",
                        "org.evac.manifest.passenger.boarded.v1",
                        "org.evac.manifest.passenger.no-show.v1",
                        "org.evac.manifest.passenger.boarded.v1",
                        "org.evac.manifest.passenger.no-show.v1",
                        "org.evac.manifest.flight.departed.v1",
                        "org.evac.manifest.flight.arrived.v1");
        JsonNode departed = mapper.readTree(TopicReader.value(events.get(8)));
        JsonNode arrived = mapper.readTree(TopicReader.value(events.get(9)));
        assertThat(departed.get("flightId").asText()).isEqualTo(flight.toString());
        assertThat(departed.has("departedAt")).isTrue();
        assertThat(ids(departed))
                .containsExactlyInAnyOrder(aminaId.toString(), bashirId.toString());
        assertThat(arrived.has("arrivedAt")).isTrue();
        assertThat(ids(arrived)).containsExactlyInAnyOrder(aminaId.toString(), bashirId.toString());
        JsonNode noShow = mapper.readTree(TopicReader.value(events.get(7)));
        assertThat(noShow.get("personId").isNull()).isTrue();
        assertThat(noShow.get("lineNumber").asInt()).isEqualTo(3);

        for (ConsumerRecord<String, byte[]> event : events) {
            assertThat(TopicReader.header(event, "ce_source")).contains("/flight-manifest");
            assertThat(TopicReader.header(event, "ce_subject")).contains(flight.toString());
            assertThat(TopicReader.value(event))
                    .doesNotContain(
                            "SAHAK",
                            "WARDAK",
                            "KHAN",
                            amina.documentNumber(),
                            bashir.documentNumber(),
                            "1985-03-12");
        }
    }

    @Test
    void operatorsBoardOnlyTheirOwnFlights() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);
        Fixtures.submit(flight, passenger()).statusCode(201);
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);

        Auth.operator(Fixtures.newOperator())
                .contentType(ContentType.JSON)
                .body(Map.of("lineNumber", 1))
                .post("/api/v1/flights/{id}/boardings", flight)
                .then()
                .statusCode(404);
        Auth.operator(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("lineNumber", 1))
                .post("/api/v1/flights/{id}/boardings", flight)
                .then()
                .statusCode(201);
        Auth.viewer()
                .contentType(ContentType.JSON)
                .body(Map.of("lineNumber", 1))
                .post("/api/v1/flights/{id}/boardings", flight)
                .then()
                .statusCode(403);
    }

    private static List<String> ids(JsonNode movement) {
        return StreamSupport.stream(movement.get("personIds").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static Map<String, Object> document(PassengerBuilder passenger) {
        return Map.of(
                "documentType",
                "P",
                "documentIssuingCountry",
                "AFG",
                "documentNumber",
                passenger.documentNumber());
    }

    private static ValidatableResponse board(UUID flight, Map<String, Object> body) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/flights/{id}/boardings", flight)
                .then();
    }

    private static ValidatableResponse noShow(UUID flight, Map<String, Object> body) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/flights/{id}/no-shows", flight)
                .then();
    }

    private static ValidatableResponse totals(UUID flight) {
        return Auth.coordinator().get("/api/v1/flights/{id}/totals", flight).then().statusCode(200);
    }
}
