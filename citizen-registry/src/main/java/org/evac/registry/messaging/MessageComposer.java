package org.evac.registry.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;

/**
 * Renders a draft for one person and address and writes it into the send queue, in the caller's
 * transaction: the message exists if and only if what asked for it committed.
 */
@ApplicationScoped
public class MessageComposer {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};

    private final MessageRenderer renderer;
    private final ObjectMapper mapper;
    private final MessagingMetrics metrics;
    private final Clock clock;

    public MessageComposer(
            MessageRenderer renderer, ObjectMapper mapper, MessagingMetrics metrics, Clock clock) {
        this.renderer = renderer;
        this.mapper = mapper;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Queues the message on the recipient's first address, or records it SKIPPED if none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboundMessage queue(Draft draft, Recipients.Recipient recipient) {
        if (recipient.addresses().isEmpty()) {
            OutboundMessage skipped =
                    row(
                            draft,
                            recipient.personId(),
                            recipient.language(),
                            MessageChannel.SMS,
                            null);
            skipped.status = MessageStatus.SKIPPED;
            skipped.error = "no SMS or email address that works";
            skipped.finishedAt = skipped.createdAt;
            skipped.persist();
            metrics.skipped(MessageChannel.SMS);
            return skipped;
        }
        return queue(
                draft, recipient.personId(), recipient.language(), recipient.addresses().get(0));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboundMessage queue(
            Draft draft, UUID personId, String language, Recipients.Address address) {
        OutboundMessage message =
                row(draft, personId, language, address.channel(), address.value());
        MessageRenderer.Rendered rendered =
                renderer.render(draft.kind(), language, address.channel(), draft.facts());
        message.subject = rendered.subject();
        message.bodyText = rendered.text();
        message.bodyHtml = rendered.html();
        message.status = MessageStatus.QUEUED;
        message.persist();
        metrics.queued(address.channel());
        return message;
    }

    /** The same message again on another channel, after the first one failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboundMessage fallback(OutboundMessage failed, Recipients.Address address) {
        Draft draft =
                new Draft(
                        failed.requestId,
                        failed.kind,
                        failed.householdId,
                        failed.offerId,
                        facts(failed),
                        failed.notAfter,
                        failed.inReplyTo);
        OutboundMessage copy = queue(draft, failed.personId, failed.language, address);
        copy.fallbackOf = failed.id;
        return copy;
    }

    public Map<String, String> facts(OutboundMessage message) {
        try {
            return mapper.readValue(message.facts, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts of message " + message.id + " unreadable", e);
        }
    }

    private OutboundMessage row(
            Draft draft, UUID personId, String language, MessageChannel channel, String address) {
        Instant now = clock.instant();
        OutboundMessage message = new OutboundMessage();
        message.id = TimeOrderedUuid.next();
        message.requestId = draft.requestId();
        message.kind = draft.kind();
        message.personId = personId;
        message.householdId = draft.householdId();
        message.offerId = draft.offerId();
        message.channel = channel;
        message.address = address;
        message.language = language;
        message.facts = json(draft.facts());
        message.replyCode = draft.replyCode();
        message.nextAttemptAt = now;
        message.notAfter = draft.notAfter();
        message.inReplyTo = draft.inReplyTo();
        message.createdAt = now;
        return message;
    }

    private String json(Map<String, String> facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Facts not serialisable", e);
        }
    }
}
