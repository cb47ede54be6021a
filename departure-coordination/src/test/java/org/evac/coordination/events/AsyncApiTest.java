package org.evac.coordination.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evac.testing.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/**
 * Every event type the code publishes is in this service's AsyncAPI document with exactly its
 * payload fields.
 */
class AsyncApiTest {

    static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.yaml");

    @Test
    void documentsEveryPublishedTypeWithItsPayloadFields() throws Exception {
        AsyncApiDocument document = AsyncApiDocument.read(DOCUMENT);
        for (Map.Entry<String, Class<? extends Record>> event :
                CoordinationEvents.PAYLOADS.entrySet()) {
            Set<String> fields =
                    Arrays.stream(event.getValue().getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toSet());
            assertThat(document.fieldsOf(event.getKey()))
                    .as(event.getKey())
                    .hasValueSatisfying(
                            documented ->
                                    assertThat(documented)
                                            .as(event.getKey())
                                            .containsExactlyInAnyOrderElementsOf(fields));
        }
    }

    @Test
    void documentsEveryConsumedType() throws Exception {
        AsyncApiDocument document = AsyncApiDocument.read(DOCUMENT);
        for (String type : ProducerContractTest.CONSUMED.keySet()) {
            assertThat(document.fieldsOf(type)).as(type).isPresent();
        }
    }
}
