package org.evac.manifest.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evac.manifest.readmodel.CoordinationEvents;
import org.evac.manifest.readmodel.RegistryEvents;
import org.evac.testing.AsyncApiDocument;
import org.junit.jupiter.api.Test;

class AsyncApiContractTest {

    private static final Path OWN = Path.of("src/main/resources/asyncapi.yaml");
    private static final Path REGISTRY =
            Path.of("../citizen-registry/src/main/resources/asyncapi.yaml");
    private static final Path COORDINATION =
            Path.of("../departure-coordination/src/main/resources/asyncapi.yaml");

    /** The fields this service reads from the events of other services, by type. */
    private static final Map<String, List<String>> CONSUMED =
            Map.of(
                    "org.evac.registry.person.registered.v1",
                    List.of(
                            "personId",
                            "status",
                            "version",
                            "fingerprints.keyId",
                            "fingerprints.scheme",
                            "fingerprints.familyName",
                            "fingerprints.birthDate",
                            "fingerprints.documents.fingerprint"),
                    RegistryEvents.PERSONS_MERGED,
                    List.of("survivorId", "mergedId"),
                    CoordinationEvents.SEAT_ASSIGNED,
                    List.of("flightId", "householdId", "personIds"),
                    CoordinationEvents.SEAT_RELEASED,
                    List.of("flightId", "householdId", "personIds"));

    @Test
    void documentsEveryPublishedTypeWithExactlyThePayloadFieldsOfItsRecord() throws Exception {
        AsyncApiDocument document = AsyncApiDocument.read(OWN);

        ManifestEvents.PAYLOADS.forEach(
                (type, payload) -> {
                    JsonNode message =
                            document.message(type)
                                    .orElseThrow(
                                            () ->
                                                    new AssertionError(
                                                            type
                                                                    + " is published but not in asyncapi.yaml"));
                    Set<String> components =
                            Arrays.stream(payload.getRecordComponents())
                                    .map(RecordComponent::getName)
                                    .collect(Collectors.toSet());
                    assertThat(document.payloadFields(message)).as(type).isEqualTo(components);
                });
    }

    @Test
    void everyPublishedTypeIsInTheTopicsConstants() {
        assertThat(ManifestEvents.PAYLOADS.keySet())
                .allMatch(type -> type.startsWith("org.evac.manifest.") && type.endsWith(".v1"));
        assertThat(ManifestEvents.PAYLOADS).hasSize(9);
    }

    @Test
    void documentsTheFieldsItConsumes() throws Exception {
        assertConsumedFieldsIn(AsyncApiDocument.read(OWN));
    }

    @Test
    void theRegistryPublishesTheFieldsThisServiceReads() throws Exception {
        assertThat(REGISTRY).as("citizen-registry's AsyncAPI document").exists();
        AsyncApiDocument registry = AsyncApiDocument.read(REGISTRY);
        CONSUMED.entrySet().stream()
                .filter(e -> e.getKey().startsWith("org.evac.registry."))
                .forEach(e -> assertFields(registry, e.getKey(), e.getValue()));
    }

    @Test
    void departureCoordinationPublishesTheFieldsThisServiceReads() throws Exception {
        assertThat(COORDINATION).as("departure-coordination's AsyncAPI document").exists();
        AsyncApiDocument coordination = AsyncApiDocument.read(COORDINATION);
        CONSUMED.entrySet().stream()
                .filter(e -> e.getKey().startsWith("org.evac.coordination."))
                .forEach(e -> assertFields(coordination, e.getKey(), e.getValue()));
    }

    private static void assertConsumedFieldsIn(AsyncApiDocument document) {
        CONSUMED.forEach((type, fields) -> assertFields(document, type, fields));
    }

    private static void assertFields(AsyncApiDocument document, String type, List<String> fields) {
        JsonNode message =
                document.message(type)
                        .orElseThrow(() -> new AssertionError(type + " is not documented"));
        assertThat(document.payloadPaths(message)).as(type).containsAll(fields);
    }
}
