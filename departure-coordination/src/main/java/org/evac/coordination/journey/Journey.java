package org.evac.coordination.journey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A person's current journey state; created at the first step, {@code NOT_OFFERED} until then. */
@Entity
@Table(name = "journey")
public class Journey extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public JourneyState state;

    @Column(name = "flight_id")
    public UUID flightId;

    /** First acceptance; kept through no-shows and released seats so that priority is not lost. */
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "onward_flight")
    public String onwardFlight;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version public long version;

    public static List<Journey> onFlight(UUID flightId, Collection<JourneyState> states) {
        return list("flightId = ?1 and state in ?2 order by personId", flightId, states);
    }

    public static List<Journey> inStates(Collection<JourneyState> states) {
        return list("state in ?1 order by personId", states);
    }
}
