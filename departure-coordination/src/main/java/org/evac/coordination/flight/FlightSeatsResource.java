package org.evac.coordination.flight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.coordination.readmodel.FlightView;
import org.evac.infrastructure.problem.Problem;
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
            summary =
                    "Reserved seats of a flight: held by open offers, occupied (assigned, manifested, boarded) and available. Roles: coordinator, admin, viewer")
    @APIResponse(
            responseCode = "200",
            description = "Seat accounting",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "seats", value = Examples.SEATS)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown flight",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
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
