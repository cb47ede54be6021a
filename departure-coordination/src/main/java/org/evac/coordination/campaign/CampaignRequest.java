package org.evac.coordination.campaign;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.coordination.offer.Channel;

@Schema(name = "CampaignRequest")
public record CampaignRequest(
        @NotNull Channel channel,
        @NotNull @Future OffsetDateTime respondBy,
        @Pattern(regexp = "AF-[A-Z]{3}", message = "must be an ISO 3166-2:AF code such as AF-KAB")
                @Schema(description = "Only persons registered in this province")
                String province,
        @Pattern(
                        regexp = "US_CITIZEN|LAWFUL_PERMANENT_RESIDENT|IMMEDIATE_RELATIVE",
                        message =
                                "must be US_CITIZEN, LAWFUL_PERMANENT_RESIDENT or IMMEDIATE_RELATIVE")
                @Schema(description = "Only persons of this category")
                String category) {}
