package org.evac.coordination.campaign;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.coordination.offer.Channel;
import org.evac.coordination.province.ProvinceCode;

@Schema(name = "CampaignRequest")
public record CampaignRequest(
        @NotNull Channel channel,
        @NotNull @Future OffsetDateTime respondBy,
        @ProvinceCode
                @Schema(
                        description =
                                "Only persons registered in this province (ISO 3166-2:AF code)")
                String province,
        @Schema(description = "Only persons of this category") EligibleCategory category) {}
