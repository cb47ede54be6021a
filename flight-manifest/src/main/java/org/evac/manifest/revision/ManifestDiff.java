package org.evac.manifest.revision;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ManifestDiff",
        description =
                "Passengers added, removed and changed between two revisions, "
                        + "matched by travel document (type, issuing country, number)")
public record ManifestDiff(
        int from,
        int to,
        List<PassengerView> added,
        List<PassengerView> removed,
        List<ChangedPassenger> changed) {

    @Schema(name = "ChangedPassenger")
    public record ChangedPassenger(
            int fromLineNumber,
            int toLineNumber,
            String documentType,
            String documentNumber,
            String documentIssuingCountry,
            List<FieldChange> changes) {}

    @Schema(name = "FieldChange")
    public record FieldChange(
            String field,
            @Schema(nullable = true) String from,
            @Schema(nullable = true) String to) {}
}
