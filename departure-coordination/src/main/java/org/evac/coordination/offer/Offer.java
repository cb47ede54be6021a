package org.evac.coordination.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.coordination.messaging.OfferFacts;

/**
 * An offer of departure to a household's eligible members or to one person. Closed offers stay as
 * history.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Id
    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "household_id")
    public UUID householdId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_person", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderBy("personId")
    public List<OfferPerson> persons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "respond_by")
    public OffsetDateTime respondBy;

    @Column(name = "hold_flight_id")
    public UUID holdFlightId;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    public String note;

    @Column(name = "campaign_id")
    public UUID campaignId;

    /** Six Latin digits the persons text back with their answer. */
    @Column(name = "reply_code")
    public String replyCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version public long version;

    /** What a message about this offer tells. */
    public OfferFacts facts() {
        return new OfferFacts(
                offerId,
                householdId,
                personIds(),
                channel.name(),
                channel.written(),
                replyCode,
                respondBy,
                holdFlightId);
    }

    public List<UUID> personIds() {
        return persons.stream().map(person -> person.personId).toList();
    }

    public List<UUID> travellerIds() {
        return persons.stream()
                .filter(person -> !person.stayingBehind)
                .map(person -> person.personId)
                .toList();
    }

    public List<UUID> stayingBehindIds() {
        return persons.stream()
                .filter(person -> person.stayingBehind)
                .map(person -> person.personId)
                .toList();
    }

    public static List<UUID> dueForExpiry(OffsetDateTime now) {
        return find(
                        "select offerId from Offer where status = ?1 and respondBy <= ?2 order by respondBy",
                        OfferStatus.OFFERED,
                        now)
                .project(UUID.class)
                .list();
    }
}
