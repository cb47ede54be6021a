package org.evac.coordination.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evac.coordination.offer.ReplyReceived;
import org.evac.coordination.readmodel.ContactAttemptRecorded;
import org.evac.coordination.readmodel.FlightMovement;
import org.evac.coordination.readmodel.FlightSnapshot;
import org.evac.coordination.readmodel.HouseholdChanged;
import org.evac.coordination.readmodel.ManifestRevisionSubmitted;
import org.evac.coordination.readmodel.PassengerFact;
import org.evac.coordination.readmodel.PersonSnapshot;
import org.evac.coordination.readmodel.PersonsMerged;
import org.evac.testing.AsyncApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fields this service reads from the registry's and flight-manifest's events exist in the
 * producers' AsyncAPI documents; a missing document fails the test.
 */
class ProducerContractTest {

    static final Map<String, Class<? extends Record>> CONSUMED =
            new TreeMap<>(
                    Map.ofEntries(
                            Map.entry(UpstreamEvents.PERSON_REGISTERED, PersonSnapshot.class),
                            Map.entry(UpstreamEvents.PERSON_UPDATED, PersonSnapshot.class),
                            Map.entry(UpstreamEvents.PERSON_VERIFIED, PersonSnapshot.class),
                            Map.entry(UpstreamEvents.PERSON_REJECTED, PersonSnapshot.class),
                            Map.entry(UpstreamEvents.PERSON_DEPARTED, PersonSnapshot.class),
                            Map.entry(UpstreamEvents.PERSONS_MERGED, PersonsMerged.class),
                            Map.entry(UpstreamEvents.HOUSEHOLD_CHANGED, HouseholdChanged.class),
                            Map.entry(
                                    UpstreamEvents.CONTACT_ATTEMPT_RECORDED,
                                    ContactAttemptRecorded.class),
                            Map.entry(UpstreamEvents.REPLY_RECEIVED, ReplyReceived.class),
                            Map.entry(UpstreamEvents.FLIGHT_SCHEDULED, FlightSnapshot.class),
                            Map.entry(UpstreamEvents.FLIGHT_UPDATED, FlightSnapshot.class),
                            Map.entry(UpstreamEvents.FLIGHT_CANCELLED, FlightSnapshot.class),
                            Map.entry(
                                    UpstreamEvents.MANIFEST_REVISION_SUBMITTED,
                                    ManifestRevisionSubmitted.class),
                            Map.entry(UpstreamEvents.PASSENGER_BOARDED, PassengerFact.class),
                            Map.entry(UpstreamEvents.PASSENGER_NO_SHOW, PassengerFact.class),
                            Map.entry(UpstreamEvents.FLIGHT_DEPARTED, FlightMovement.class),
                            Map.entry(UpstreamEvents.FLIGHT_ARRIVED, FlightMovement.class)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"citizen-registry", "flight-manifest"})
    void fieldsWeReadArePublished(String producer) throws Exception {
        Path file = Path.of("..", producer, "src/main/resources/asyncapi.yaml");
        assertThat(file).as(producer + "'s AsyncAPI document").exists();
        AsyncApiDocument document = AsyncApiDocument.read(file);
        String prefix =
                producer.equals("citizen-registry") ? "org.evac.registry." : "org.evac.manifest.";
        CONSUMED.forEach(
                (type, record) -> {
                    if (!type.startsWith(prefix)) {
                        return;
                    }
                    assertThat(document.fieldsOf(type))
                            .as(producer + " documents " + type)
                            .hasValueSatisfying(
                                    fields -> {
                                        for (RecordComponent component :
                                                record.getRecordComponents()) {
                                            // Jackson's annotations on a record component land on
                                            // its accessor.
                                            JsonAlias alias =
                                                    component
                                                            .getAccessor()
                                                            .getAnnotation(JsonAlias.class);
                                            List<String> names =
                                                    alias == null
                                                            ? List.of(component.getName())
                                                            : List.of(alias.value());
                                            assertThat(fields)
                                                    .as(type + " field " + component.getName())
                                                    .containsAnyElementsOf(names);
                                        }
                                    });
                });
    }

    @Test
    void ourRecordsTolerateFieldsAddedByProducers() {
        CONSUMED.values()
                .forEach(
                        record -> {
                            JsonIgnoreProperties ignore =
                                    record.getAnnotation(JsonIgnoreProperties.class);
                            assertThat(ignore != null && ignore.ignoreUnknown())
                                    .as(record.getSimpleName())
                                    .isTrue();
                        });
    }
}
