package org.evac.coordination.flight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.coordination.readmodel.FlightView;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/flights/{flightId}/seats")
@Tag(name = "Flights", description = "Seats flights reserve for coordinated evacuees")
public class FlightSeatsResource {

    private final FlightSeats seats;

    public FlightSeatsResource(FlightSeats seats) {
        this.seats = seats;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.VIEWER})
    @Operation(
            operationId = "getFlightSeats",
            summary =
                    "Reserved seats of a flight: held, occupied and available. Roles: coordinator, admin, viewer",
            description =
                    "The seats the flight reserves for coordinated evacuees, those held by open offers,"
                            + " those occupied (assigned, manifested, boarded) and those still available.")
    @APIResponse(
            responseCode = "200",
            description = "Seat accounting",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FlightSeatsResponse.class),
                            examples = @ExampleObject(name = "seats", value = Examples.SEATS)))
    public FlightSeatsResponse get(@PathParam("flightId") UUID flightId) {
        FlightView flight =
                FlightView.<FlightView>findByIdOptional(flightId)
                        .orElseThrow(() -> ProblemException.notFound("Flight", flightId));
        int held = seats.held(flightId, null);
        int occupied = seats.occupied(flightId);
        return new FlightSeatsResponse(
                flightId,
                flight.flightNumber,
                flight.scheduledDeparture,
                flight.status,
                flight.reservedSeats,
                held,
                occupied,
                Math.max(0, flight.reservedSeats - held - occupied));
    }
}
