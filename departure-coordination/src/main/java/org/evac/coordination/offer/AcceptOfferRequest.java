package org.evac.coordination.offer;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptOffer")
public record AcceptOfferRequest(
        @Size(max = 200)
                @Schema(description = "Members of the offer who stay behind; the others travel")
                List<UUID> stayingBehindIds) {

    public List<UUID> stayingBehind() {
        return stayingBehindIds == null ? List.of() : stayingBehindIds;
    }
}
