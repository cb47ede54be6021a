package org.evac.manifest.revision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.SourceFormat;
import org.evac.manifest.submission.Submission;

/**
 * The JSON upload. Only the list itself is validated with the request; its passengers are not
 * cascaded into ({@code @Valid}) because every format's lines are validated once, in {@link
 * ManifestService#submit}, naming them the same way ({@code passengers[1].birthDate}).
 */
@Schema(
        name = "ManifestRequest",
        description = "A full passenger list; each submission becomes a new revision")
public record ManifestRequest(
        @NotNull @Size(min = 1, max = 1000) List<@NotNull Passenger> passengers) {

    /** The JSON format's reading of the upload. */
    Submission submission() {
        return new Submission(
                SourceFormat.JSON,
                passengers,
                IntStream.range(0, passengers.size())
                        .mapToObj(i -> "passengers[" + i + "]")
                        .toList());
    }
}
