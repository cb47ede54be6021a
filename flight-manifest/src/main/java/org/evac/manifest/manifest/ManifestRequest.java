package org.evac.manifest.manifest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ManifestRequest",
        description = "A full passenger list; each submission becomes a new revision")
public record ManifestRequest(
        @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull Passenger> passengers) {}
