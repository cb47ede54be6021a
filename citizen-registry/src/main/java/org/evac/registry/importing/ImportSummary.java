package org.evac.registry.importing;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.person.SourceKind;

@Schema(name = "ImportSummary")
public record ImportSummary(
        UUID id,
        String fileName,
        ImportFormat format,
        SourceKind source,
        String fileHash,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        int totalRows,
        int created,
        int flagged,
        int duplicates,
        int invalid,
        @Schema(
                        description =
                                "True when this exact file was imported before and nothing new was created")
                boolean alreadyImported,
        String report) {

    static ImportSummary of(ImportJob job, boolean alreadyImported) {
        return new ImportSummary(
                job.id,
                job.fileName,
                job.format,
                job.source,
                job.fileHash,
                job.startedBy,
                job.startedAt,
                job.finishedAt,
                job.totalRows,
                job.created,
                job.flagged,
                job.duplicates,
                job.invalid,
                alreadyImported,
                "/api/v1/imports/" + job.id + "/report");
    }
}
