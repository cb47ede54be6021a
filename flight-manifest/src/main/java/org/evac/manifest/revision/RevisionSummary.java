package org.evac.manifest.revision;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.checks.CheckResult;
import org.evac.manifest.submission.SourceFormat;

@Schema(name = "RevisionSummary")
public record RevisionSummary(
        int revision,
        Instant submittedAt,
        String submittedBy,
        SourceFormat sourceFormat,
        boolean late,
        int passengerCount,
        Map<CheckResult, Integer> totals) {

    static RevisionSummary of(ManifestRevision revision) {
        return new RevisionSummary(
                revision.revision,
                revision.submittedAt,
                revision.submittedBy,
                SourceFormat.valueOf(revision.sourceFormat),
                revision.late,
                revision.passengerCount,
                CheckReport.parseTotals(revision.totals));
    }
}
