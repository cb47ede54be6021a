package org.evac.manifest.revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.submission.SourceFormat;

@Schema(name = "Manifest", description = "One revision of a flight's manifest")
public record ManifestView(
        UUID flightId,
        String flightNumber,
        int revision,
        Instant submittedAt,
        String submittedBy,
        SourceFormat sourceFormat,
        boolean late,
        List<PassengerView> passengers) {

    static ManifestView of(String flightNumber, ManifestRevision revision) {
        return new ManifestView(
                revision.flightId,
                flightNumber,
                revision.revision,
                revision.submittedAt,
                revision.submittedBy,
                SourceFormat.valueOf(revision.sourceFormat),
                revision.late,
                revision.lines.stream().map(PassengerView::of).toList());
    }
}
