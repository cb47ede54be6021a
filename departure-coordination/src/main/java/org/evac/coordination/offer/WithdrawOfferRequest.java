package org.evac.coordination.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.coordination.openapi.Patterns;

@Schema(name = "WithdrawOffer")
public record WithdrawOfferRequest(
        @NotBlank @Size(max = 500) @Schema(pattern = Patterns.NOT_BLANK) String reason) {}
