package org.evac.registry.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.testing.EventPublisher;

/** Publishes departure-coordination's message requests the way its outbox relay does. */
public final class MessageRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode body = JSON.createObjectNode();
    private final ObjectNode facts = body.putObject("facts");

    private MessageRequests(String kind) {
        body.put("requestId", UUID.randomUUID().toString());
        body.put("kind", kind);
    }

    public static MessageRequests of(String kind) {
        return new MessageRequests(kind);
    }

    /** An offer to these persons with a fresh reply code, answerable for six hours. */
    public static MessageRequests offer(UUID offerId, String replyCode, String... personIds) {
        return of("OFFER_MADE")
                .offer(offerId)
                .persons(personIds)
                .channel("SMS")
                .fact("replyCode", replyCode)
                .fact(
                        "respondBy",
                        OffsetDateTime.now(ZoneOffset.UTC).plusHours(6).withNano(0).toString());
    }

    public static String replyCode() {
        return Integer.toString(100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    public MessageRequests offer(UUID offerId) {
        body.put("offerId", offerId.toString());
        return this;
    }

    public MessageRequests household(String householdId) {
        body.put("householdId", householdId);
        return this;
    }

    public MessageRequests persons(String... personIds) {
        var array = body.putArray("personIds");
        List.of(personIds).forEach(array::add);
        return this;
    }

    public MessageRequests channel(String channel) {
        body.put("channel", channel);
        return this;
    }

    public MessageRequests inReplyTo(String inboundMessageId) {
        body.put("inReplyTo", inboundMessageId);
        return this;
    }

    public MessageRequests fact(String name, String value) {
        facts.put(name, value);
        return this;
    }

    public String json() {
        return body.toString();
    }

    public void publish() {
        String key =
                body.hasNonNull("offerId")
                        ? body.get("offerId").asText()
                        : body.get("personIds").get(0).asText();
        EventPublisher.publish(
                MessageRequestConsumer.TOPIC,
                "/departure-coordination",
                MessageRequestConsumer.MESSAGE_REQUESTED,
                key,
                json());
    }
}
