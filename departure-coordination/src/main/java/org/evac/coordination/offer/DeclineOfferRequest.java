package org.evac.coordination.offer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineOffer")
public record DeclineOfferRequest(
        @NotNull DeclineReason reason,
        @Size(max = 500) @Schema(description = "Free text; no names") String note) {}
