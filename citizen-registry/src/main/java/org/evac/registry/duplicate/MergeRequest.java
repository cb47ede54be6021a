package org.evac.registry.duplicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MergeRequest")
public record MergeRequest(
        @NotNull @Schema(description = "The duplicate that is merged away") UUID mergedId,
        @NotBlank @Size(max = 500) String reason) {}
