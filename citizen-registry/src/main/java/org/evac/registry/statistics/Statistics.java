package org.evac.registry.statistics;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistryStatistics")
public record Statistics(
        long total,
        Map<String, Long> byCategory,
        Map<String, Long> byVerification,
        Map<String, Long> byDepartureWish,
        Map<String, Long> byProvince,
        Map<String, Long> byStatus,
        Map<String, Long> byQualityFlag,
        Contact contact,
        Instant computedAt) {

    /** ACTIVE persons reached, or not, within the last {@code windowHours}. */
    @Schema(name = "ContactReach")
    public record Contact(int windowHours, long reached, long notReached) {}
}
