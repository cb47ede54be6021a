package org.evac.coordination.allocation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllocationRequest")
public record AllocationRequest(
        @Schema(description = "Allocate this flight only; all upcoming flights when absent")
                UUID flightId) {}
