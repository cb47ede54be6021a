package org.evac.coordination.travel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A flight's departure and status as its passengers were last told. */
@Entity
@Table(name = "flight_notice")
public class FlightNotice extends PanacheEntityBase {

    @Id
    @Column(name = "flight_id")
    public UUID flightId;

    @Column(name = "scheduled_departure")
    public OffsetDateTime scheduledDeparture;

    public String status;
}
