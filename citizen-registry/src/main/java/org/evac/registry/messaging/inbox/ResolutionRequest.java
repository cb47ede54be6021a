package org.evac.registry.messaging.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboxResolution")
public record ResolutionRequest(
        @NotBlank
                @Size(max = 500)
                @Schema(
                        description = "What was done, e.g. 'accepted by phone call'; no names",
                        pattern = "^(?=.*\\S).+$")
                String resolution) {}
