package org.evac.registry.messaging.reply;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.evac.registry.messaging.Conversations;
import org.evac.registry.messaging.MessageKind;
import org.evac.registry.messaging.MessageRequested;
import org.evac.registry.messaging.Recipients;

/**
 * The offers' conversations as message requests open and close them, in the request's transaction.
 */
@ApplicationScoped
public class ConversationTracker implements Conversations {

    private final Clock clock;

    public ConversationTracker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void requested(MessageKind kind, MessageRequested request) {
        if (request.offerId() == null) {
            return;
        }
        Conversation conversation = Conversation.findById(request.offerId());
        if (kind == MessageKind.OFFER_MADE && conversation == null && request.facts() != null) {
            conversation = new Conversation();
            conversation.offerId = request.offerId();
            conversation.respondBy = request.facts().respondBy().toInstant();
            conversation.state = Conversation.State.AWAITING_ANSWER;
            conversation.updatedAt = clock.instant();
            conversation.persist();
        } else if (kind == MessageKind.OFFER_EXPIRED && conversation != null) {
            conversation.state = Conversation.State.CLOSED;
            conversation.updatedAt = clock.instant();
        }
    }

    @Override
    public Optional<Sender> senderOf(UUID inboundId) {
        return InboundMessage.<InboundMessage>findByIdOptional(inboundId)
                .filter(inbound -> inbound.personId != null)
                .map(
                        inbound ->
                                new Sender(
                                        inbound.personId,
                                        new Recipients.Address(
                                                inbound.channel, inbound.fromAddress)));
    }
}
