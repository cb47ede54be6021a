package org.evac.manifest.flight;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.evac.manifest.events.ManifestEvents.FlightSnapshot;

@Entity
@Table(name = "flight")
public class Flight extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "operator_code")
    public String operatorCode;

    @Column(name = "flight_number")
    public String flightNumber;

    @Column(name = "origin_iata")
    public String originIata;

    @Column(name = "origin_icao")
    public String originIcao;

    @Column(name = "destination_iata")
    public String destinationIata;

    @Column(name = "destination_icao")
    public String destinationIcao;

    @Column(name = "scheduled_departure")
    public Instant scheduledDeparture;

    @Column(name = "scheduled_arrival")
    public Instant scheduledArrival;

    @Column(name = "actual_departure")
    public Instant actualDeparture;

    @Column(name = "actual_arrival")
    public Instant actualArrival;

    @Column(name = "aircraft_type")
    public String aircraftType;

    @Column(name = "seat_capacity")
    public int seatCapacity;

    @Column(name = "reserved_seats")
    public int reservedSeats;

    @Enumerated(EnumType.STRING)
    public FlightStatus status;

    /** Number of the latest manifest revision, 0 before the first. */
    @Column(name = "current_revision")
    public int currentRevision;

    @Version public long version;

    public FlightSnapshot snapshot() {
        return new FlightSnapshot(
                id,
                operatorCode,
                flightNumber,
                originIata,
                destinationIata,
                scheduledDeparture,
                scheduledArrival,
                seatCapacity,
                reservedSeats,
                status.name());
    }
}
