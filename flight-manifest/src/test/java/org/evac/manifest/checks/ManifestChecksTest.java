package org.evac.manifest.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.manifest.support.Upstream;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Each check result, produced by the registry and coordination events that would lead to it in the
 * field.
 */
@QuarkusTest
class ManifestChecksTest {

    @Test
    void clearsARegisteredPersonHoldingASeatEvenWithAnotherTransliteration() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger().familyName("HAYDARI");
        UUID person = Upstream.registerPerson("Haidari", "1985-03-12", line.documentNumber());
        Upstream.assignSeats(flight, person);

        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"))
                .body("passengers[0].personId", equalTo(person.toString()))
                .body("totals.CLEARED", equalTo(1))
                .body("flightResults", empty());
    }

    @Test
    void matchesUsPassportsAndTazkirasUnderTheRegistrysDocumentTypes() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder citizen =
                passenger()
                        .familyName("MILLER")
                        .with("nationality", "USA")
                        .with("documentIssuingCountry", "USA")
                        .documentNumber("5" + PassengerBuilder.uniqueDocumentNumber().substring(1));
        PassengerBuilder relative =
                passenger()
                        .with("documentType", "I")
                        .documentNumber(
                                PassengerBuilder.uniqueDocumentNumber().substring(1) + "0123");
        UUID citizenId =
                Upstream.registerPerson(
                        "MILLER", "1985-03-12", "US_PASSPORT", "USA", citizen.documentNumber());
        UUID relativeId =
                Upstream.registerPerson(
                        "HAIDARI",
                        "1985-03-12",
                        "AFGHAN_TAZKIRA",
                        "AFG",
                        relative.documentNumber());
        Upstream.assignSeats(flight, citizenId, relativeId);

        Fixtures.submit(flight, citizen, relative)
                .statusCode(201)
                .body("passengers[0].personId", equalTo(citizenId.toString()))
                .body("passengers[1].personId", equalTo(relativeId.toString()))
                .body("totals.CLEARED", equalTo(2));
    }

    @Test
    void flagsARegisteredPersonWithoutASeatOnThisFlightAsNotAllocated() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);
        UUID otherFlight = Fixtures.newFlight(operator);
        PassengerBuilder seatedElsewhere = passenger();
        PassengerBuilder released = passenger().familyName("NOORI");
        UUID elsewhere =
                Upstream.registerPerson("HAIDARI", "1985-03-12", seatedElsewhere.documentNumber());
        UUID releasedPerson =
                Upstream.registerPerson("NOORI", "1985-03-12", released.documentNumber());
        Upstream.assignSeats(otherFlight, elsewhere);
        Upstream.assignSeats(flight, releasedPerson);
        Upstream.releaseSeats(flight, releasedPerson);

        Fixtures.submit(flight, seatedElsewhere, released)
                .statusCode(201)
                .body("passengers[0].results", contains("NOT_ALLOCATED"))
                .body("passengers[1].results", contains("NOT_ALLOCATED"))
                .body("totals.NOT_ALLOCATED", equalTo(2));
    }

    @Test
    void flagsAPassengerUnknownToTheRegistryAsUnregistered() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.submit(
                        flight,
                        passenger()
                                .with("nationality", "PAK")
                                .with("documentIssuingCountry", "PAK"))
                .statusCode(201)
                .body("passengers[0].results", contains("UNREGISTERED"))
                .body("passengers[0].personId", equalTo(null))
                .body("totals.UNREGISTERED", equalTo(1));
    }

    @Test
    void flagsNameAndBirthDateThatDisagreeWithTheRegisteredDocumentHolder() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder wrongName = passenger().familyName("RAHIMI");
        PassengerBuilder wrongBirth = passenger().birthDate("1986-03-12");
        PassengerBuilder yearOnly = passenger().birthDate("1979-06-01");
        UUID a = Upstream.registerPerson("HAIDARI", "1985-03-12", wrongName.documentNumber());
        UUID b = Upstream.registerPerson("HAIDARI", "1985-03-12", wrongBirth.documentNumber());
        UUID c = Upstream.registerPerson("HAIDARI", "1979", yearOnly.documentNumber());
        Upstream.assignSeats(flight, a, b, c);

        Fixtures.submit(flight, wrongName, wrongBirth, yearOnly)
                .statusCode(201)
                .body("passengers[0].results", contains("NAME_MISMATCH"))
                .body("passengers[1].results", contains("DOB_MISMATCH"))
                .body("passengers[2].results", contains("CLEARED"))
                .body("totals.NAME_MISMATCH", equalTo(1))
                .body("totals.DOB_MISMATCH", equalTo(1));
    }

    @Test
    void flagsTheSameDocumentTwiceOrOnAnotherOpenFlightAsDuplicate() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);
        UUID earlierFlight = Fixtures.newFlight(operator);
        PassengerBuilder alsoOnEarlierFlight = passenger().familyName("KARIMI");
        Fixtures.submit(earlierFlight, alsoOnEarlierFlight).statusCode(201);
        PassengerBuilder twice = passenger();

        Fixtures.submit(
                        flight,
                        twice,
                        passenger().documentNumber(twice.documentNumber()),
                        alsoOnEarlierFlight,
                        passenger())
                .statusCode(201)
                .body("passengers[0].results", hasItem("DUPLICATE"))
                .body("passengers[1].results", hasItem("DUPLICATE"))
                .body("passengers[2].results", hasItem("DUPLICATE"))
                .body("passengers[3].results", contains("UNREGISTERED"))
                .body("totals.DUPLICATE", equalTo(3));
    }

    @Test
    void aDepartedFlightNoLongerMakesItsPassengersDuplicates() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);
        UUID gone = Fixtures.newFlight(operator);
        PassengerBuilder flew = passenger();
        Fixtures.submit(gone, flew).statusCode(201);
        Fixtures.changeStatus(gone, "CANCELLED").statusCode(200);

        Fixtures.submit(flight, flew)
                .statusCode(201)
                .body("passengers[0].results", contains("UNREGISTERED"));
    }

    @Test
    void flagsADocumentExpiringBeforeDeparture() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.submit(flight, passenger().documentExpiry("2021-08-01"))
                .statusCode(201)
                .body(
                        "passengers[0].results",
                        containsInAnyOrder("DOCUMENT_EXPIRED", "UNREGISTERED"))
                .body("totals.DOCUMENT_EXPIRED", equalTo(1));
    }

    @Test
    void flagsOverCapacityLateManifestAndAllocatedPersonsMissingFromTheManifest() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator(), Duration.ofMinutes(5), 2);
        UUID missing =
                Upstream.registerPerson(
                        "SAFI", "2015-09-09", PassengerBuilder.uniqueDocumentNumber());
        Upstream.assignSeats(flight, missing);

        Fixtures.submit(flight, passenger(), passenger(), passenger())
                .statusCode(201)
                .body(
                        "flightResults",
                        containsInAnyOrder("OVER_CAPACITY", "LATE_MANIFEST", "MISSING_ALLOCATED"))
                .body("missingAllocated", contains(missing.toString()))
                .body("totals.OVER_CAPACITY", equalTo(1))
                .body("totals.LATE_MANIFEST", equalTo(1))
                .body("totals.MISSING_ALLOCATED", equalTo(1));
    }

    @Test
    void theReportCanBeReadAgainAndTheTotalsArePublished() throws Exception {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder cleared = passenger();
        UUID person = Upstream.registerPerson("HAIDARI", "1985-03-12", cleared.documentNumber());
        Upstream.assignSeats(flight, person);
        String submitted =
                Fixtures.submit(flight, cleared, passenger()).statusCode(201).extract().asString();

        String report =
                Auth.coordinator()
                        .get("/api/v1/flights/{id}/manifests/1/checks", flight)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(report)).isEqualTo(mapper.readTree(submitted));

        var events =
                TopicReader.readMatching(
                        "evac.manifest.events",
                        1,
                        Duration.ofSeconds(30),
                        record ->
                                record.key().equals(flight.toString())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .equals(
                                                        "org.evac.manifest.manifest.revision-submitted.v1"));
        JsonNode payload = mapper.readTree(TopicReader.value(events.get(0)));
        assertThat(payload.get("revision").asInt()).isEqualTo(1);
        assertThat(payload.get("totals").get("CLEARED").asInt()).isEqualTo(1);
        assertThat(payload.get("totals").get("UNREGISTERED").asInt()).isEqualTo(1);
        assertThat(payload.get("manifestedPersonIds").get(0).asText()).isEqualTo(person.toString());
        assertThat(TopicReader.value(events.get(0)))
                .doesNotContain(cleared.documentNumber())
                .doesNotContain("HAIDARI");
    }
}
