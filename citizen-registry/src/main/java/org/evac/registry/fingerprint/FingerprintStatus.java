package org.evac.registry.fingerprint;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FingerprintStatus",
        description =
                "The fingerprint keys and scheme, and under which the registry's persons were last published")
public record FingerprintStatus(
        @Schema(description = "The key new fingerprints are made with") String currentKeyId,
        @Schema(description = "Every key accepted, the current one first")
                List<String> acceptedKeyIds,
        @Schema(description = "The family-name scheme new fingerprints use") int scheme,
        @Schema(
                        description =
                                "Persons (not merged away) by the key and scheme of their last published fingerprints, as <key>/scheme-<n>")
                Map<String, Long> persons,
        @Schema(description = "This instance's last republish run, if any")
                FingerprintRepublisher.Run lastRun) {}
