package org.evac.coordination.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An offer whose reminder was asked for. */
@Entity
@Table(name = "offer_reminder")
public class OfferReminder extends PanacheEntityBase {

    @Id
    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
}
