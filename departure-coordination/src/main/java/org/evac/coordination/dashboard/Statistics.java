package org.evac.coordination.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts only: no names, no person ids. */
@Schema(name = "Statistics")
public record Statistics(
        OffsetDateTime generatedAt,
        Funnel funnel,
        List<DayCount> departuresPerDay,
        List<FlightLoad> upcomingFlights,
        List<ProvinceCount> provinces,
        Waiting waitingSinceAcceptance) {

    /**
     * Persons who reached at least each stage; persons merged into another record are not counted.
     */
    @Schema(name = "Funnel")
    public record Funnel(
            long registered,
            long reached,
            long offered,
            long accepted,
            long seatAssigned,
            long manifested,
            long boarded,
            long departed,
            long arrivedDoha) {}

    @Schema(name = "DayCount")
    public record DayCount(LocalDate day, long persons) {}

    @Schema(name = "FlightLoad")
    public record FlightLoad(
            UUID flightId,
            String flightNumber,
            OffsetDateTime scheduledDeparture,
            String status,
            int reserved,
            long held,
            long assigned,
            long manifested,
            long boarded) {}

    @Schema(name = "ProvinceCount")
    public record ProvinceCount(String province, long registered, long accepted, long departed) {}

    /**
     * Persons accepted and still without a seat (including no-shows), by time since their
     * acceptance.
     */
    @Schema(name = "Waiting")
    public record Waiting(
            long waiting,
            long under1Day,
            long from1To3Days,
            long from3To7Days,
            long over7Days,
            long longestHours) {}
}
