package org.evac.coordination.campaign;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignResult")
public record CampaignResult(
        UUID campaignId,
        String province,
        EligibleCategory category,
        int offersMade,
        int householdOffers,
        int individualOffers,
        int personsOffered,
        @Schema(description = "Matching persons skipped because they already have an open offer")
                int alreadyOpen,
        OffsetDateTime createdAt,
        String createdBy) {}
