package org.evac.registry.messaging;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MessagingPreference")
public record PreferenceRequest(
        @NotNull @Schema(description = "Channel to try first") MessageChannel preferredChannel) {}
