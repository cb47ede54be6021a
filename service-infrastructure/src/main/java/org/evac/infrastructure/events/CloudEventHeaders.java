package org.evac.infrastructure.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding in binary content mode: attributes travel as {@code ce_*}
 * headers, the JSON payload is the record value and {@code content-type} names its media type.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}

    public static void write(
            Headers headers,
            String id,
            String source,
            String type,
            String subject,
            OffsetDateTime time) {
        put(headers, ID, id);
        put(headers, SOURCE, source);
        put(headers, TYPE, type);
        put(headers, SPECVERSION, SPEC_VERSION);
        // RFC 3339 always has seconds; OffsetDateTime.toString() leaves out zero seconds.
        put(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        put(headers, SUBJECT, subject);
        put(headers, CONTENT_TYPE, JSON);
    }

    public static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
