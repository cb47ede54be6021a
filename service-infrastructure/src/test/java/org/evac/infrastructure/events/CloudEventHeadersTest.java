package org.evac.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The attributes as the CloudEvents SDK's Kafka binding reads them back. */
class CloudEventHeadersTest {

    @Test
    void theSdkReadsEveryAttributeAndATimeOnAWholeMinuteKeepsItsSeconds() {
        OffsetDateTime onTheMinute = OffsetDateTime.of(2021, 8, 26, 17, 50, 0, 0, ZoneOffset.UTC);
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                "01a23501-ba13-7e31-a80f-e9d7952f6f06",
                "/citizen-registry",
                "org.evac.registry.person.registered.v1",
                "01a23501-abd0-7750-a8c8-f84bfa1c726d",
                onTheMinute);

        assertThat(CloudEventHeaders.read(headers, CloudEventHeaders.TIME))
                .contains("2021-08-26T17:50:00Z");
        CloudEvent event =
                KafkaMessageFactory.createReader(
                                headers, "{\"personId\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                        .toEvent();
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo("01a23501-ba13-7e31-a80f-e9d7952f6f06");
        assertThat(event.getSource()).isEqualTo(URI.create("/citizen-registry"));
        assertThat(event.getType()).isEqualTo("org.evac.registry.person.registered.v1");
        assertThat(event.getSubject()).isEqualTo("01a23501-abd0-7750-a8c8-f84bfa1c726d");
        assertThat(event.getTime()).isEqualTo(onTheMinute);
        assertThat(event.getDataContentType()).isEqualTo("application/json");
    }
}
