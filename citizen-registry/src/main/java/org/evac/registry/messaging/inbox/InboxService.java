package org.evac.registry.messaging.inbox;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.messaging.Draft;
import org.evac.registry.messaging.MessageComposer;
import org.evac.registry.messaging.MessageKind;
import org.evac.registry.messaging.MessagingProblems;
import org.evac.registry.messaging.OptOut;
import org.evac.registry.messaging.OutboundMessage;
import org.evac.registry.messaging.Recipients;
import org.evac.registry.messaging.reply.InboundMessage;

/** The coordinators' inbox: replies nobody could read as an answer, to answer or resolve. */
@ApplicationScoped
public class InboxService {

    private static final Duration ANSWER_USEFUL_FOR = Duration.ofDays(2);

    private final MessageComposer composer;
    private final Recipients recipients;
    private final AuditLog audit;
    private final Clock clock;

    public InboxService(
            MessageComposer composer, Recipients recipients, AuditLog audit, Clock clock) {
        this.composer = composer;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxPage list(InboundMessage.Status status, int page, int size) {
        var query =
                InboundMessage.<InboundMessage>find(
                                "status = ?1 order by receivedAt desc, id desc", status)
                        .page(Page.of(page, size));
        return new InboxPage(
                query.list().stream().map(InboxItem::of).toList(), query.count(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InboxItem> find(UUID id) {
        return InboundMessage.<InboundMessage>findByIdOptional(id).map(InboxItem::of);
    }

    /** Texts a coordinator's answer to the number the message came from. */
    @Transactional
    public OutboundMessage answer(UUID id, String text) {
        InboundMessage inbound = existing(id);
        if (inbound.personId == null) {
            throw MessagingProblems.noAnswerAddress(id);
        }
        if (OptOut.isOptedOut(inbound.channel, inbound.fromAddress)) {
            throw MessagingProblems.optedOut(id);
        }
        OutboundMessage answer =
                composer.queue(
                        new Draft(
                                TimeOrderedUuid.next(),
                                MessageKind.COORDINATOR_ANSWER,
                                null,
                                inbound.offerId,
                                Map.of("text", text.strip()),
                                clock.instant().plus(ANSWER_USEFUL_FOR),
                                inbound.id),
                        inbound.personId,
                        recipients.language(inbound.personId),
                        new Recipients.Address(inbound.channel, inbound.fromAddress));
        audit.change("INBOX_ANSWER", "inbound-message", id, null, answer.id.toString());
        return answer;
    }

    @Transactional
    public InboxItem resolve(UUID id, String resolution) {
        InboundMessage inbound = existing(id);
        if (inbound.status == InboundMessage.Status.RESOLVED) {
            throw MessagingProblems.alreadyResolved(id, inbound.resolvedBy);
        }
        String before = inbound.status.name();
        inbound.status = InboundMessage.Status.RESOLVED;
        inbound.resolvedBy = audit.actor();
        inbound.resolvedAt = clock.instant();
        inbound.resolution = resolution.strip();
        audit.change("INBOX_RESOLVED", "inbound-message", id, before, inbound.resolution);
        return InboxItem.of(inbound);
    }

    private static InboundMessage existing(UUID id) {
        return InboundMessage.<InboundMessage>findByIdOptional(id)
                .orElseThrow(() -> MessagingProblems.inboxMessageNotFound(id));
    }
}
