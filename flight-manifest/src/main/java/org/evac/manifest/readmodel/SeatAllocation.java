package org.evac.manifest.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A seat departure-coordination assigned to a person on a flight. */
@Entity
@Table(name = "seat_allocation")
public class SeatAllocation extends PanacheEntityBase {

    @EmbeddedId public Key key;

    @Column(name = "household_id")
    public UUID householdId;

    public static List<SeatAllocation> ofFlightOrPersons(
            UUID flightId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return list("key.flightId = ?1", flightId);
        }
        return list("key.flightId = ?1 or key.personId in ?2", flightId, personIds);
    }

    @Embeddable
    public record Key(
            @Column(name = "person_id") UUID personId, @Column(name = "flight_id") UUID flightId)
            implements Serializable {}
}
