package org.evac.registry.messaging.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the answer to one offer stands, whichever household member was written to: the first answer
 * counts, later ones go to the coordinators' inbox.
 */
@Entity
@Table(name = "offer_conversation")
public class Conversation extends PanacheEntityBase {

    public enum State {
        AWAITING_ANSWER,
        /** Declined; waiting for the reason from the menu (or its deadline). */
        AWAITING_REASON,
        ANSWERED,
        CLOSED
    }

    @Id public UUID offerId;
    public Instant respondBy;

    @Enumerated(EnumType.STRING)
    public State state;

    public UUID declineMessage;
    public UUID declinePerson;
    public Instant reasonDeadline;
    public Instant updatedAt;

    public boolean open() {
        return state == State.AWAITING_ANSWER || state == State.AWAITING_REASON;
    }

    public static List<UUID> reasonOverdue(Instant now) {
        return find(
                        "select offerId from Conversation where state = ?1 and reasonDeadline <= ?2",
                        State.AWAITING_REASON,
                        now)
                .project(UUID.class)
                .list();
    }
}
