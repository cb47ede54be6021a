package org.evac.coordination.offer;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptOffer")
public record AcceptOfferRequest(
        @Schema(description = "Members of the offer who stay behind; the others travel")
                List<UUID> stayingBehindIds) {

    public List<UUID> stayingBehind() {
        return stayingBehindIds == null ? List.of() : stayingBehindIds;
    }
}
