package org.evac.manifest.boarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.evac.manifest.flight.PassengersOnBoard;

/**
 * Moves a flight's passengers on with the flight: boarded ones depart with it, departed ones
 * arrive.
 */
@ApplicationScoped
public class BoardingLedger implements PassengersOnBoard {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> departBoarded(UUID flightId) {
        return advance(flightId, BoardingStatus.BOARDED, BoardingStatus.DEPARTED);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> arriveDeparted(UUID flightId) {
        return advance(flightId, BoardingStatus.DEPARTED, BoardingStatus.ARRIVED);
    }

    private static List<UUID> advance(UUID flightId, BoardingStatus from, BoardingStatus to) {
        List<Boarding> passengers =
                Boarding.list("flightId = ?1 and status = ?2 order by lineNumber", flightId, from);
        passengers.forEach(boarding -> boarding.status = to);
        return passengers.stream()
                .map(boarding -> boarding.personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
