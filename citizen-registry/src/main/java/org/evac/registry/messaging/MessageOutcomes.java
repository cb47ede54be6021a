package org.evac.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.evac.registry.contact.ContactService;
import org.evac.registry.contact.Outcome;

/**
 * What follows from a message's progress, once each: its contact attempt in the person's log, the
 * counters, and after a failure the same message on the next channel that can reach the person.
 */
@ApplicationScoped
public class MessageOutcomes {

    /** attemptedBy of every attempt the messaging channel records. */
    public static final String ACTOR = "messaging";

    private final ContactService contacts;
    private final Recipients recipients;
    private final MessageComposer composer;
    private final MessagingMetrics metrics;
    private final Clock clock;

    public MessageOutcomes(
            ContactService contacts,
            Recipients recipients,
            MessageComposer composer,
            MessagingMetrics metrics,
            Clock clock) {
        this.contacts = contacts;
        this.recipients = recipients;
        this.composer = composer;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(OutboundMessage message) {
        message.status = MessageStatus.SUBMITTED;
        message.submittedAt = clock.instant();
        message.leaseUntil = null;
        message.error = null;
        metrics.submitted(message.channel);
        attempt(message, Outcome.SENT);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(OutboundMessage message) {
        message.status = MessageStatus.DELIVERED;
        message.finishedAt = clock.instant();
        metrics.delivered(message.channel);
        attempt(message, Outcome.DELIVERED);
    }

    /**
     * @param status FAILED or EXPIRED
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(OutboundMessage message, MessageStatus status, String reason) {
        message.status = status;
        message.finishedAt = clock.instant();
        message.leaseUntil = null;
        message.error = reason;
        metrics.failed(message.channel);
        attempt(message, Outcome.NOT_DELIVERED);
        Set<MessageChannel> tried = EnumSet.of(message.channel);
        for (UUID earlier = message.fallbackOf; earlier != null; ) {
            OutboundMessage previous = OutboundMessage.findById(earlier);
            tried.add(previous.channel);
            earlier = previous.fallbackOf;
        }
        recipients.addresses(message.personId, null).stream()
                .filter(address -> !tried.contains(address.channel()))
                .findFirst()
                .ifPresent(address -> composer.fallback(message, address));
    }

    private void attempt(OutboundMessage message, Outcome outcome) {
        contacts.recordAutomatic(
                message.personId,
                message.channel.attemptChannel(),
                outcome,
                message.channel + " " + message.kind + " message " + message.id,
                ACTOR);
    }
}
