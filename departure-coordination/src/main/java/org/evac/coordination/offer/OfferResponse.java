package org.evac.coordination.offer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offer")
public record OfferResponse(
        UUID offerId,
        UUID householdId,
        List<UUID> personIds,
        List<UUID> stayingBehindIds,
        Channel channel,
        OffsetDateTime respondBy,
        UUID holdFlightId,
        OfferStatus status,
        DeclineReason declineReason,
        String note,
        UUID campaignId,
        @Schema(
                        description =
                                "Six Latin digits the persons text back with 1 (accept) or 2 (decline)",
                        pattern = "^[1-9][0-9]{5}$")
                String replyCode,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime decidedAt,
        String decidedBy) {

    static OfferResponse of(Offer offer) {
        return new OfferResponse(
                offer.offerId,
                offer.householdId,
                offer.personIds(),
                offer.stayingBehindIds(),
                offer.channel,
                offer.respondBy,
                offer.holdFlightId,
                offer.status,
                offer.declineReason,
                offer.note,
                offer.campaignId,
                offer.replyCode,
                offer.createdAt,
                offer.createdBy,
                offer.decidedAt,
                offer.decidedBy);
    }
}
