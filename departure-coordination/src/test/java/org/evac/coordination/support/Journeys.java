package org.evac.coordination.support;

import static org.evac.coordination.support.Api.accept;
import static org.evac.coordination.support.Api.awaitFlight;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.awaitState;
import static org.evac.coordination.support.Api.offerTo;

import java.util.List;
import java.util.UUID;

/**
 * Walks a fresh person along the real path (API calls and upstream events) to a given journey
 * state.
 */
public final class Journeys {

    private static final List<String> PATH =
            List.of(
                    "NOT_OFFERED",
                    "OFFERED",
                    "ACCEPTED",
                    "SEAT_ASSIGNED",
                    "MANIFESTED",
                    "BOARDED",
                    "DEPARTED",
                    "ARRIVED_DOHA");

    private static final int ACCEPTED = 2;
    private static final int SEAT_ASSIGNED = 3;

    private Journeys() {}

    /** A traveller on its own flight (10 reserved seats). */
    public record Traveller(UUID personId, UUID flightId) {}

    public static Traveller at(String state) {
        UUID flight = Upstream.flight().reserved(10).publish();
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        awaitFlight(flight, 10);
        int target = PATH.indexOf(state);
        String offerId = null;
        for (int step = 1; step <= target; step++) {
            switch (PATH.get(step)) {
                case "OFFERED" ->
                        offerId =
                                offerTo("personId", person, target >= SEAT_ASSIGNED ? flight : null)
                                        .statusCode(201)
                                        .extract()
                                        .path("offerId");
                case "ACCEPTED" -> accept(offerId, List.of()).statusCode(200);
                case "MANIFESTED" -> Upstream.manifest(flight, 1, List.of(person));
                case "BOARDED" -> Upstream.boarded(flight, person);
                case "DEPARTED" -> Upstream.departed(flight, List.of(person));
                case "ARRIVED_DOHA" -> Upstream.arrived(flight, List.of(person));
                default -> {
                    // SEAT_ASSIGNED follows from accepting an offer that holds a seat on the
                    // flight.
                }
            }
            if (step != ACCEPTED || target == ACCEPTED) {
                awaitState(person, PATH.get(step));
            }
        }
        return new Traveller(person, flight);
    }
}
