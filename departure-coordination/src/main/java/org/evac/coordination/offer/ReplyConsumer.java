package org.evac.coordination.offer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.evac.coordination.events.UpstreamEvents;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.inbox.EventConsumer;

/**
 * Records a person's SMS answer to an offer exactly as a coordinator would record it, by actor
 * {@value #ACTOR}, with {@code reply <message id>} as the source of each journey step; an
 * acceptance is of the whole offer (a household's members all travel). The sender is told what was
 * recorded, or that the offer had closed before the answer came. Owned state: never replayed.
 */
@ApplicationScoped
public class ReplyConsumer implements EventConsumer {

    public static final String ACTOR = "reply";

    private final ObjectMapper mapper;
    private final OfferService offers;
    private final MessageRequests messages;

    public ReplyConsumer(ObjectMapper mapper, OfferService offers, MessageRequests messages) {
        this.mapper = mapper;
        this.offers = offers;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "coordination-replies";
    }

    @Override
    public Set<String> topics() {
        return Set.of(UpstreamEvents.REGISTRY_TOPIC);
    }

    @Override
    public boolean accepts(String eventType) {
        return UpstreamEvents.REPLY_RECEIVED.equals(eventType);
    }

    @Override
    public void handle(IncomingEvent event) {
        ReplyReceived reply = event.dataAs(ReplyReceived.class, mapper);
        Offer offer = reply.offerId() == null ? null : Offer.findById(reply.offerId());
        if (offer == null) {
            Log.warnf(
                    "Reply %s names unknown offer %s; ignored", reply.messageId(), reply.offerId());
            return;
        }
        if (offer.status != OfferStatus.OFFERED) {
            // Checked first: a refusal thrown by OfferService would roll back this transaction.
            messages.answerTooLate(offer.offerId, reply.messageId(), reply.personId());
            return;
        }
        String source = "reply " + reply.messageId();
        if ("ACCEPT".equals(reply.intent())) {
            offers.accept(offer.offerId, new AcceptOfferRequest(List.of()), ACTOR, source);
            messages.answerRecorded(
                    offer.offerId,
                    offer.replyCode,
                    "ACCEPTED",
                    reply.messageId(),
                    reply.personId());
        } else if ("DECLINE".equals(reply.intent())) {
            offers.decline(
                    offer.offerId,
                    new DeclineOfferRequest(reason(reply.declineReason()), "answered by SMS"),
                    ACTOR,
                    source);
            messages.answerRecorded(
                    offer.offerId,
                    offer.replyCode,
                    "DECLINED",
                    reply.messageId(),
                    reply.personId());
        } else {
            Log.warnf("Reply %s has unknown intent %s; ignored", reply.messageId(), reply.intent());
        }
    }

    private static DeclineReason reason(String value) {
        try {
            return value == null ? DeclineReason.OTHER : DeclineReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            return DeclineReason.OTHER;
        }
    }
}
