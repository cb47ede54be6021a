package org.evac.registry.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message to one person on one channel; its row is also its place in the send queue. */
@Entity
@Table(name = "message")
public class OutboundMessage extends PanacheEntityBase {

    @Id public UUID id;
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    public UUID personId;
    public UUID householdId;
    public UUID offerId;

    @Enumerated(EnumType.STRING)
    public MessageChannel channel;

    public String address;
    public String language;
    public String facts;
    public String subject;
    public String bodyText;
    public String bodyHtml;
    public String replyCode;

    @Enumerated(EnumType.STRING)
    public MessageStatus status;

    public int attempts;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public Instant notAfter;
    public String error;
    public UUID fallbackOf;
    public UUID inReplyTo;
    public Instant createdAt;
    public Instant submittedAt;
    public Instant finishedAt;
    public Instant textRemovedAt;

    public static List<OutboundMessage> ofPerson(UUID personId) {
        return list("personId = ?1 order by createdAt desc, id desc", personId);
    }

    /** Offer messages texted to this number, latest first: what a reply from it can answer. */
    public static List<OutboundMessage> answerableSentTo(String address) {
        return list(
                "channel = ?1 and address = ?2 and kind in ?3 order by createdAt desc",
                MessageChannel.SMS,
                address,
                List.of(MessageKind.OFFER_MADE, MessageKind.OFFER_REMINDER));
    }

    /** The latest SMS to this number, whoever it was for. */
    public static java.util.Optional<OutboundMessage> latestSentTo(String address) {
        return find(
                        "channel = ?1 and address = ?2 order by createdAt desc",
                        MessageChannel.SMS,
                        address)
                .firstResultOptional();
    }
}
