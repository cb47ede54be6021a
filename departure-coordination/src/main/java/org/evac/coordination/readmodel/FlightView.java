package org.evac.coordination.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A flight as flight-manifest announced it, with the seats it reserves for coordinated evacuees.
 */
@Entity
@Table(name = "flight_view")
public class FlightView extends PanacheEntityBase {

    /** Every status flight-manifest gives a flight (its published flight schema). */
    public static final List<String> STATUSES =
            List.of("SCHEDULED", "BOARDING", "DELAYED", "DEPARTED", "ARRIVED", "CANCELLED");

    /** Statuses in which seats may still be assigned. */
    public static final Set<String> ALLOCATABLE = Set.of("SCHEDULED", "DELAYED");

    public static final Set<String> FINISHED = Set.of("DEPARTED", "ARRIVED", "CANCELLED");

    @Id
    @Column(name = "flight_id")
    public UUID flightId;

    @Column(name = "operator_code")
    public String operatorCode;

    @Column(name = "flight_number")
    public String flightNumber;

    public String origin;
    public String destination;

    @Column(name = "scheduled_departure")
    public OffsetDateTime scheduledDeparture;

    @Column(name = "scheduled_arrival")
    public OffsetDateTime scheduledArrival;

    @Column(name = "seat_capacity")
    public int seatCapacity;

    @Column(name = "reserved_seats")
    public int reservedSeats;

    public String status;

    @Column(name = "manifest_revision")
    public Integer manifestRevision;

    @Column(name = "departed_at")
    public OffsetDateTime departedAt;

    @Column(name = "arrived_at")
    public OffsetDateTime arrivedAt;

    public boolean allocatable(OffsetDateTime now) {
        return ALLOCATABLE.contains(status) && scheduledDeparture.isAfter(now);
    }

    public static List<FlightView> allocatable(OffsetDateTime now, UUID onlyFlight) {
        List<FlightView> flights =
                list(
                        "status in ?1 and scheduledDeparture > ?2 order by scheduledDeparture, flightId",
                        ALLOCATABLE,
                        now);
        return onlyFlight == null
                ? flights
                : flights.stream().filter(flight -> flight.flightId.equals(onlyFlight)).toList();
    }

    public static List<FlightView> upcoming() {
        return list("status not in ?1 order by scheduledDeparture, flightId", FINISHED);
    }
}
