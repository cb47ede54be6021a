package org.evac.registry.messaging.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.messaging.MessageChannel;

/** A message a person sent us; an OPEN one waits in the coordinators' inbox. */
@Entity
@Table(name = "inbound_message")
public class InboundMessage extends PanacheEntityBase {

    /** What the reply was taken to mean. */
    @Schema(name = "InboxIntent")
    public enum Intent {
        ACCEPT,
        DECLINE,
        DECLINE_REASON,
        STOP,
        START,
        UNPARSED
    }

    @Schema(name = "InboxStatus")
    public enum Status {
        /** Sent on to departure-coordination as an answer to the offer. */
        FORWARDED,
        /** Acted on here (an opt-out, a decline waiting for its reason). */
        HANDLED,
        /** In the inbox: a coordinator must read it. */
        OPEN,
        RESOLVED
    }

    @Id public UUID id;

    @Enumerated(EnumType.STRING)
    public MessageChannel channel;

    public String fromAddress;
    public String text;
    public Instant receivedAt;
    public UUID personId;
    public UUID offerId;
    public UUID inReplyTo;

    @Enumerated(EnumType.STRING)
    public Intent intent;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String note;
    public String resolvedBy;
    public String resolution;
    public Instant resolvedAt;
    public Instant textRemovedAt;
}
