package org.evac.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.hibernate.Session;

/**
 * The send queue in the service's database (the outbox pattern again): a message row is written in
 * the transaction that asks for it and survives restarts. A dispatcher claims due rows in one
 * transaction (SUBMITTING with a lease; {@code for update skip locked}, so concurrent instances
 * never share one), sends them outside any transaction, and writes what happened in a second one.
 *
 * <p>A crash between the two leaves the row SUBMITTING; once its lease runs out it is claimed and
 * sent again under the same message id, which the SMS gateway recognises as a submission it already
 * took (its client reference), so the person still receives it once.
 */
@ApplicationScoped
public class SendQueue {

    private static final String CLAIM =
            """
            with due as (
                select id from message
                where channel = ? and ((status = 'QUEUED' and next_attempt_at <= ?)
                                       or (status = 'SUBMITTING' and lease_until < ?))
                order by next_attempt_at, id
                limit ? for update skip locked)
            update message m set status = 'SUBMITTING', attempts = m.attempts + 1, lease_until = ?
            from due where m.id = due.id
            returning m.id, m.address, m.subject, m.body_text, m.body_html, m.not_after, m.attempts""";

    private static final String APPLY_RECEIPTS =
            """
            update message_segment s set status = r.state
            from delivery_receipt r
            where s.gateway_id = r.gateway_id and s.status = 'SUBMITTED' and s.gateway_id = any (?)
            returning s.message_id""";

    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final MessageOutcomes outcomes;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public SendQueue(
            EntityManager entityManager,
            MessagingConfig config,
            MessageOutcomes outcomes,
            Clock clock,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.config = config;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** One try of one message and its result. */
    public record Sent(QueuedMessage message, SendResult result) {}

    /** Claims up to {@code limit} due messages of a channel, oldest due first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedMessage> claim(MessageChannel channel, int limit) {
        Instant now = clock.instant();
        Timestamp nowStamp = Timestamp.from(now);
        Timestamp leaseUntil = Timestamp.from(now.plus(config.dispatch().lease()));
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(
                        connection -> {
                            List<QueuedMessage> claimed = new ArrayList<>();
                            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                                claim.setString(1, channel.name());
                                claim.setTimestamp(2, nowStamp);
                                claim.setTimestamp(3, nowStamp);
                                claim.setInt(4, limit);
                                claim.setTimestamp(5, leaseUntil);
                                try (ResultSet rows = claim.executeQuery()) {
                                    while (rows.next()) {
                                        Timestamp notAfter = rows.getTimestamp(6);
                                        claimed.add(
                                                new QueuedMessage(
                                                        rows.getObject(1, UUID.class),
                                                        channel,
                                                        rows.getString(2),
                                                        rows.getString(3),
                                                        rows.getString(4),
                                                        rows.getString(5),
                                                        notAfter == null
                                                                ? null
                                                                : notAfter.toInstant(),
                                                        rows.getInt(7)));
                                    }
                                }
                            }
                            return claimed;
                        });
    }

    /** Writes the results of one round of sends, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Sent> round) {
        List<String> receiptsExpected = new ArrayList<>();
        for (Sent sent : round) {
            OutboundMessage message = OutboundMessage.findById(sent.message().id());
            if (message == null || message.status != MessageStatus.SUBMITTING) {
                continue;
            }
            if (sent.result() instanceof SendResult.Accepted accepted) {
                outcomes.submitted(message);
                if (accepted.awaitsReceipts()) {
                    segments(message.id, accepted.gatewayIds());
                    receiptsExpected.addAll(accepted.gatewayIds());
                }
            } else if (sent.result() instanceof SendResult.RetryLater retry) {
                retry(message, retry.reason());
            } else if (sent.result() instanceof SendResult.Refused refused) {
                outcomes.failed(message, MessageStatus.FAILED, refused.reason());
            }
        }
        entityManager.flush();
        // A receipt can overtake the bookkeeping of its submit: it waits in delivery_receipt.
        settle(receiptsExpected);
    }

    /**
     * Leaves unsent every message still queued for this address on this channel (its owner opted
     * out); one already handed to the gateway cannot be called back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(MessageChannel channel, String address) {
        entityManager
                .createNativeQuery(
                        """
                        update message set status = 'SKIPPED', lease_until = null, finished_at = ?1,
                               error = 'not sent: the number opted out'
                        where channel = ?2 and address = ?3 and status = 'QUEUED'""")
                .setParameter(1, clock.instant())
                .setParameter(2, channel.name())
                .setParameter(3, address)
                .executeUpdate();
    }

    /** Marks a claimed message that is no longer worth sending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void tooLate(QueuedMessage claimed) {
        OutboundMessage message = OutboundMessage.findById(claimed.id());
        if (message != null && message.status == MessageStatus.SUBMITTING) {
            message.status = MessageStatus.SKIPPED;
            message.leaseUntil = null;
            message.finishedAt = clock.instant();
            message.error = "not sent: too late to be useful";
        }
    }

    /**
     * Applies the receipts that arrived for these gateway ids to their segments, and finishes each
     * message whose segments all have their final state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(Collection<String> gatewayIds) {
        if (gatewayIds.isEmpty()) {
            return;
        }
        Set<UUID> touched =
                entityManager
                        .unwrap(Session.class)
                        .doReturningWork(
                                connection -> {
                                    Set<UUID> messages = new LinkedHashSet<>();
                                    try (PreparedStatement apply =
                                            connection.prepareStatement(APPLY_RECEIPTS)) {
                                        apply.setArray(
                                                1,
                                                connection.createArrayOf(
                                                        "text", gatewayIds.toArray()));
                                        try (ResultSet rows = apply.executeQuery()) {
                                            while (rows.next()) {
                                                messages.add(rows.getObject(1, UUID.class));
                                            }
                                        }
                                    }
                                    return messages;
                                });
        for (UUID id : touched) {
            finish(id);
        }
    }

    /**
     * Receipts of a message's segments are applied in concurrent transactions (one per deliver_sm),
     * each seeing only its own segment final: the message row is locked before the segments are
     * read, so that whichever transaction comes second sees every segment the first one settled.
     */
    private void finish(UUID messageId) {
        OutboundMessage message =
                OutboundMessage.findById(messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.status != MessageStatus.SUBMITTED) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> states =
                entityManager
                        .createNativeQuery(
                                "select status from message_segment where message_id = ?1")
                        .setParameter(1, messageId)
                        .getResultList();
        if (states.contains(MessageStatus.SUBMITTED.name())) {
            return;
        }
        if (states.stream().allMatch(MessageStatus.DELIVERED.name()::equals)) {
            outcomes.delivered(message);
        } else if (states.contains(MessageStatus.FAILED.name())) {
            outcomes.failed(message, MessageStatus.FAILED, "the network could not deliver it");
        } else {
            outcomes.failed(message, MessageStatus.EXPIRED, "not delivered before it expired");
        }
    }

    /**
     * Serialises the writer of a segment and the writer of its receipt until commit, so that
     * whichever commits second sees the other's row and applies the receipt: without it, a receipt
     * and its segment written at the same moment would each miss the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockReceipt(String gatewayId) {
        locks.exclusive("sms-receipt/" + gatewayId);
    }

    private void segments(UUID messageId, List<String> gatewayIds) {
        for (int i = 0; i < gatewayIds.size(); i++) {
            lockReceipt(gatewayIds.get(i));
            entityManager
                    .createNativeQuery(
                            """
                    insert into message_segment (message_id, seq, gateway_id, status)
                    values (?1, ?2, ?3, 'SUBMITTED') on conflict do nothing""")
                    .setParameter(1, messageId)
                    .setParameter(2, i + 1)
                    .setParameter(3, gatewayIds.get(i))
                    .executeUpdate();
        }
    }

    private void retry(OutboundMessage message, String reason) {
        if (message.attempts >= config.dispatch().maxAttempts()) {
            outcomes.failed(
                    message,
                    MessageStatus.FAILED,
                    "gave up after " + message.attempts + " tries: " + reason);
            return;
        }
        long factor = 1L << Math.min(message.attempts - 1, 20);
        Duration backoff = config.dispatch().retryMin().multipliedBy(factor);
        if (backoff.compareTo(config.dispatch().retryMax()) > 0) {
            backoff = config.dispatch().retryMax();
        }
        message.status = MessageStatus.QUEUED;
        message.leaseUntil = null;
        message.nextAttemptAt = clock.instant().plus(backoff);
        message.error = reason;
    }
}
