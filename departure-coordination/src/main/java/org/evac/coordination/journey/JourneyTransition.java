package org.evac.coordination.journey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One step of a journey: who moved it, when, why, and which event (if any) caused it. Never
 * updated.
 */
@Entity
@Table(name = "journey_transition")
public class JourneyTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public JourneyState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public JourneyState toState;

    @Column(name = "flight_id")
    public UUID flightId;

    public OffsetDateTime at;
    public String actor;
    public String reason;

    @Column(name = "source_event")
    public String sourceEvent;

    public static List<JourneyTransition> history(UUID personId) {
        return list("personId = ?1 order by id", personId);
    }
}
