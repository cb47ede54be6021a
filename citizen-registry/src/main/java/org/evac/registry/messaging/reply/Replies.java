package org.evac.registry.messaging.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.contact.ContactService;
import org.evac.registry.contact.Outcome;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.messaging.Draft;
import org.evac.registry.messaging.MessageChannel;
import org.evac.registry.messaging.MessageComposer;
import org.evac.registry.messaging.MessageKind;
import org.evac.registry.messaging.MessageOutcomes;
import org.evac.registry.messaging.MessagingConfig;
import org.evac.registry.messaging.MessagingMetrics;
import org.evac.registry.messaging.OptOut;
import org.evac.registry.messaging.OutboundMessage;
import org.evac.registry.messaging.Recipients;
import org.evac.registry.messaging.SendQueue;

/**
 * What a text from a handset does. STOP and START opt the number out of SMS and back in. An answer
 * is tied to an offer by its reply code, and only among the offers texted to the very number it
 * comes from (without a code, when exactly one offer to that number awaits an answer): 1 or yes
 * accepts, 2 or no declines and asks for the reason (a bare 1, 2 or 3; OTHER if none comes in
 * time). The answer goes to departure-coordination as an event with ids and the intent only.
 * Everything else waits in the coordinators' inbox with its text. Every reply is a contact attempt.
 */
@ApplicationScoped
public class Replies {

    static final Map<Integer, String> DECLINE_REASONS =
            Map.of(
                    1, "WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY",
                    2, "WANTS_LATER_DATE",
                    3, "OTHER");

    private final SendQueue queue;
    private final MessageComposer composer;
    private final ContactService contacts;
    private final RegistryEvents events;
    private final MessagingMetrics metrics;
    private final MessagingConfig config;
    private final Clock clock;

    public Replies(
            MessageComposer composer,
            ContactService contacts,
            RegistryEvents events,
            MessagingMetrics metrics,
            MessagingConfig config,
            SendQueue queue,
            Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.contacts = contacts;
        this.events = events;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param from the sender as E.164 with '+'
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public InboundMessage receive(String from, String text) {
        InboundMessage inbound = new InboundMessage();
        inbound.id = TimeOrderedUuid.next();
        inbound.channel = MessageChannel.SMS;
        inbound.fromAddress = from;
        inbound.text = text;
        inbound.receivedAt = clock.instant();
        Optional<OutboundMessage> latest = OutboundMessage.latestSentTo(from);
        inbound.personId = latest.map(m -> m.personId).orElse(null);
        ParsedReply reply = ReplyParser.parse(text);
        switch (reply.intent()) {
            case STOP -> optOut(inbound, latest);
            case START -> optIn(inbound, latest);
            default -> answer(inbound, reply);
        }
        inbound.persist();
        metrics.reply(inbound.intent.name());
        if (inbound.personId != null) {
            contacts.recordAutomatic(
                    inbound.personId,
                    ContactKind.SMS,
                    inbound.intent == InboundMessage.Intent.STOP
                            ? Outcome.OPTED_OUT
                            : Outcome.REACHED,
                    "SMS reply " + inbound.id + " read as " + inbound.intent,
                    MessageOutcomes.ACTOR);
        }
        return inbound;
    }

    /** A decline whose reason did not come in time is forwarded with reason OTHER. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forwardOverdueDecline(UUID offerId) {
        Conversation conversation = Conversation.findById(offerId);
        if (conversation == null
                || conversation.state != Conversation.State.AWAITING_REASON
                || conversation.reasonDeadline.isAfter(clock.instant())) {
            return;
        }
        InboundMessage decline = InboundMessage.findById(conversation.declineMessage);
        forward(conversation, decline, "DECLINE", "OTHER");
    }

    private void answer(InboundMessage inbound, ParsedReply reply) {
        List<OutboundMessage> offers = OutboundMessage.answerableSentTo(inbound.fromAddress);
        Optional<OutboundMessage> answered;
        if (reply.code() != null) {
            answered = offers.stream().filter(m -> reply.code().equals(m.replyCode)).findFirst();
            if (answered.isEmpty()) {
                inbox(inbound, "no offer with this reply code was texted to this number");
                return;
            }
        } else {
            Map<UUID, OutboundMessage> open = new LinkedHashMap<>();
            for (OutboundMessage offer : offers) {
                Conversation conversation = Conversation.findById(offer.offerId);
                if (conversation != null && conversation.open()) {
                    open.putIfAbsent(offer.offerId, offer);
                }
            }
            if (open.size() != 1) {
                inbox(
                        inbound,
                        open.isEmpty()
                                ? "no open offer was texted to this number"
                                : "several open offers were texted to this number; no reply code");
                return;
            }
            answered = Optional.of(open.values().iterator().next());
        }
        OutboundMessage message = answered.get();
        inbound.offerId = message.offerId;
        inbound.inReplyTo = message.id;
        inbound.personId = message.personId;
        Conversation conversation = Conversation.findById(message.offerId);
        if (conversation == null || !conversation.open()) {
            inbox(inbound, "the offer was already answered or is closed");
        } else if (conversation.state == Conversation.State.AWAITING_REASON
                && reply.intent() == ParsedReply.Intent.NUMBER
                && reply.code() == null
                && DECLINE_REASONS.containsKey(reply.number())) {
            inbound.intent = InboundMessage.Intent.DECLINE_REASON;
            inbound.status = InboundMessage.Status.HANDLED;
            InboundMessage decline = InboundMessage.findById(conversation.declineMessage);
            forward(conversation, decline, "DECLINE", DECLINE_REASONS.get(reply.number()));
        } else if (conversation.state == Conversation.State.AWAITING_ANSWER && reply.accepts()) {
            inbound.intent = InboundMessage.Intent.ACCEPT;
            forward(conversation, inbound, "ACCEPT", null);
        } else if (conversation.state == Conversation.State.AWAITING_ANSWER && reply.declines()) {
            inbound.intent = InboundMessage.Intent.DECLINE;
            inbound.status = InboundMessage.Status.HANDLED;
            Instant deadline = inbound.receivedAt.plus(config.declineReasonWait());
            conversation.state = Conversation.State.AWAITING_REASON;
            conversation.declineMessage = inbound.id;
            conversation.declinePerson = message.personId;
            conversation.reasonDeadline =
                    deadline.isAfter(conversation.respondBy) ? conversation.respondBy : deadline;
            conversation.updatedAt = inbound.receivedAt;
            reply(
                    inbound,
                    message.language,
                    MessageKind.DECLINE_REASON_MENU,
                    conversation.reasonDeadline);
        } else {
            inbox(inbound, "not an answer to the offer");
        }
    }

    private void forward(
            Conversation conversation, InboundMessage decisive, String intent, String reason) {
        conversation.state = Conversation.State.ANSWERED;
        conversation.updatedAt = clock.instant();
        decisive.status = InboundMessage.Status.FORWARDED;
        events.replyReceived(
                new RegistryEvents.ReplyPayload(
                        decisive.id,
                        conversation.offerId,
                        decisive.personId,
                        intent,
                        reason,
                        decisive.channel.name(),
                        decisive.receivedAt));
    }

    private void optOut(InboundMessage inbound, Optional<OutboundMessage> latest) {
        inbound.intent = InboundMessage.Intent.STOP;
        inbound.status = InboundMessage.Status.HANDLED;
        if (OptOut.record(MessageChannel.SMS, inbound.fromAddress, inbound.receivedAt)) {
            metrics.optOut();
        }
        // Honoured at once: what still waits in the queue for this number (a campaign's backlog,
        // retries while the gateway is away) is not sent; the confirmation below is.
        queue.withdraw(MessageChannel.SMS, inbound.fromAddress);
        latest.ifPresent(m -> reply(inbound, m.language, MessageKind.OPTED_OUT, null));
    }

    private void optIn(InboundMessage inbound, Optional<OutboundMessage> latest) {
        inbound.intent = InboundMessage.Intent.START;
        inbound.status = InboundMessage.Status.HANDLED;
        OptOut.deleteById(new OptOut.Key(MessageChannel.SMS, inbound.fromAddress));
        latest.ifPresent(m -> reply(inbound, m.language, MessageKind.OPTED_IN, null));
    }

    private void inbox(InboundMessage inbound, String why) {
        inbound.intent = InboundMessage.Intent.UNPARSED;
        inbound.status = InboundMessage.Status.OPEN;
        inbound.note = why;
    }

    /** Texts the registry's own answer back to the number the reply came from. */
    private void reply(
            InboundMessage inbound, String language, MessageKind kind, Instant notAfter) {
        if (inbound.personId == null) {
            return;
        }
        composer.queue(
                new Draft(inbound.id, kind, null, inbound.offerId, Map.of(), notAfter, inbound.id),
                inbound.personId,
                language,
                new Recipients.Address(MessageChannel.SMS, inbound.fromAddress));
    }
}
