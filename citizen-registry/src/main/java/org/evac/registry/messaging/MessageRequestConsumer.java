package org.evac.registry.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Turns departure-coordination's message requests into queued messages, in the transaction that
 * records the event in the inbox: a request is never lost and never queued twice.
 */
@ApplicationScoped
public class MessageRequestConsumer implements EventConsumer {

    public static final String TOPIC = "evac.coordination.message-requests";
    public static final String MESSAGE_REQUESTED = "org.evac.coordination.message.requested.v1";

    private static final Duration USEFUL_FOR = Duration.ofDays(2);

    private final Recipients recipients;
    private final MessageComposer composer;
    private final Conversations conversations;
    private final ObjectMapper mapper;
    private final Clock clock;

    public MessageRequestConsumer(
            Recipients recipients,
            MessageComposer composer,
            Conversations conversations,
            ObjectMapper mapper,
            Clock clock) {
        this.recipients = recipients;
        this.composer = composer;
        this.conversations = conversations;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "registry-messages";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return MESSAGE_REQUESTED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        MessageRequested request = event.dataAs(MessageRequested.class, mapper);
        MessageKind kind;
        try {
            kind = MessageKind.valueOf(request.kind());
        } catch (IllegalArgumentException | NullPointerException e) {
            Log.warnf("Message request %s of unknown kind %s skipped", event.id(), request.kind());
            return;
        }
        MessageRequested.Facts facts = request.facts();
        List<UUID> personIds = request.personIds() == null ? List.of() : request.personIds();
        Draft draft =
                new Draft(
                        request.requestId() != null
                                ? request.requestId()
                                : UUID.nameUUIDFromBytes(event.id().getBytes()),
                        kind,
                        request.householdId(),
                        request.offerId(),
                        facts(facts, personIds.size()),
                        notAfter(kind, facts),
                        request.inReplyTo());
        conversations.requested(kind, request);
        if (request.inReplyTo() != null) {
            answerSender(draft, request.inReplyTo());
            return;
        }
        MessageChannel hint = "EMAIL".equals(request.channel()) ? MessageChannel.EMAIL : null;
        for (Recipients.Recipient recipient :
                recipients.of(request.householdId(), personIds, hint)) {
            composer.queue(draft, recipient);
        }
    }

    /** An answer to a reply goes to the number the reply came from. */
    private void answerSender(Draft draft, UUID inboundId) {
        conversations
                .senderOf(inboundId)
                .ifPresentOrElse(
                        sender ->
                                composer.queue(
                                        draft,
                                        sender.personId(),
                                        recipients.language(sender.personId()),
                                        sender.address()),
                        () -> Log.warnf("Answer to unknown reply %s skipped", inboundId));
    }

    private static Map<String, String> facts(MessageRequested.Facts facts, int travellers) {
        Map<String, String> values = new HashMap<>();
        values.put("travellers", Integer.toString(Math.max(travellers, 1)));
        if (facts == null) {
            return values;
        }
        put(values, "replyCode", facts.replyCode());
        put(values, "flightNumber", facts.flightNumber());
        put(values, "meetingPoint", facts.meetingPoint());
        put(values, "answer", facts.answer());
        put(values, "respondBy", instant(facts.respondBy()));
        put(values, "departureAt", instant(facts.departureAt()));
        put(values, "meetBy", instant(facts.meetBy()));
        return values;
    }

    /** Until when a message is worth sending: not after the deadline or the departure it names. */
    private Instant notAfter(MessageKind kind, MessageRequested.Facts facts) {
        Instant fallback = clock.instant().plus(USEFUL_FOR);
        if (facts == null) {
            return fallback;
        }
        return switch (kind) {
            case OFFER_MADE, OFFER_REMINDER ->
                    facts.respondBy() == null ? fallback : facts.respondBy().toInstant();
            case SEAT_ASSIGNED, FLIGHT_DELAYED ->
                    facts.departureAt() == null ? fallback : facts.departureAt().toInstant();
            default -> fallback;
        };
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
