package org.evac.coordination.offer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Offer to a household (its eligible, verified members) or to one person: exactly one of the two
 * ids.
 */
@Schema(name = "MakeOffer")
public record MakeOfferRequest(
        UUID householdId,
        UUID personId,
        @NotNull Channel channel,
        @NotNull @Future OffsetDateTime respondBy,
        @Schema(description = "Hold seats on this flight until respondBy") UUID holdFlightId) {

    @Schema(hidden = true)
    @AssertTrue(message = "name exactly one of householdId and personId")
    public boolean isOneRecipient() {
        return (householdId == null) != (personId == null);
    }
}
