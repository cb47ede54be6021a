package org.evac.coordination.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawOffer")
public record WithdrawOfferRequest(@NotBlank @Size(max = 500) String reason) {}
