package org.evac.coordination.flight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.evac.infrastructure.locks.AdvisoryLocks;

/**
 * Seat accounting of one flight: seats the flight reserves for coordinated evacuees, minus seats
 * held by open offers, minus seats of persons assigned, manifested or boarded.
 */
@ApplicationScoped
public class FlightSeats {

    private final EntityManager entityManager;
    private final AdvisoryLocks locks;

    public FlightSeats(EntityManager entityManager, AdvisoryLocks locks) {
        this.locks = locks;
        this.entityManager = entityManager;
    }

    /** Serialises seat decisions on one flight until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID flightId) {
        locks.exclusive("seats/" + flightId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int held(UUID flightId, UUID exceptOffer) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        """
                select count(*) from offer o join offer_person p on p.offer_id = o.offer_id
                where o.status = 'OFFERED' and o.hold_flight_id = ?1 and o.offer_id <> ?2""")
                                .setParameter(1, flightId)
                                .setParameter(2, exceptOffer == null ? new UUID(0, 0) : exceptOffer)
                                .getSingleResult())
                .intValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int occupied(UUID flightId) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        """
                select count(*) from journey
                where flight_id = ?1 and state in ('SEAT_ASSIGNED', 'MANIFESTED', 'BOARDED')""")
                                .setParameter(1, flightId)
                                .getSingleResult())
                .intValue();
    }
}
