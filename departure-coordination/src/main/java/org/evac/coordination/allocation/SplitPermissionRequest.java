package org.evac.coordination.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SplitPermission")
public record SplitPermissionRequest(@NotBlank @Size(max = 500) String reason) {}
