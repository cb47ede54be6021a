package org.evac.coordination.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.evac.coordination.offer.Channel;

/** Audit of one campaign call: its filters and what it created. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public UUID campaignId;

    public String province;

    @Enumerated(EnumType.STRING)
    public EligibleCategory category;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "respond_by")
    public OffsetDateTime respondBy;

    @Column(name = "offers_made")
    public int offersMade;

    @Column(name = "household_offers")
    public int householdOffers;

    @Column(name = "individual_offers")
    public int individualOffers;

    @Column(name = "persons_offered")
    public int personsOffered;

    @Column(name = "already_open")
    public int alreadyOpen;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    CampaignResult result() {
        return new CampaignResult(
                campaignId,
                province,
                category,
                offersMade,
                householdOffers,
                individualOffers,
                personsOffered,
                alreadyOpen,
                createdAt,
                createdBy);
    }
}
