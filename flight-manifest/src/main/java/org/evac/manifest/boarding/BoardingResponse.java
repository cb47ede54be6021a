package org.evac.manifest.boarding;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Boarding")
public record BoardingResponse(
        UUID flightId,
        int revision,
        int lineNumber,
        @Schema(nullable = true) UUID personId,
        BoardingStatus status,
        Instant recordedAt) {

    static BoardingResponse of(Boarding boarding) {
        return new BoardingResponse(
                boarding.flightId,
                boarding.revision,
                boarding.lineNumber,
                boarding.personId,
                boarding.status,
                boarding.recordedAt);
    }
}
