package org.evac.manifest.boarding;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.flight.FlightStatus;

@Schema(
        name = "FlightTotals",
        description =
                "Counts only: passengers on the latest revision, and how many boarded "
                        + "(including those since departed and arrived), did not show, departed and arrived")
public record FlightTotals(
        UUID flightId,
        FlightStatus status,
        int revision,
        long manifested,
        long boarded,
        long noShow,
        long departed,
        long arrived) {}
