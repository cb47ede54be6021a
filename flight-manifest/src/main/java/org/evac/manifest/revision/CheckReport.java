package org.evac.manifest.revision;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.checks.CheckResult;

@Schema(
        name = "CheckReport",
        description =
                "The checks of one revision: per passenger line, for the flight, and in totals")
public record CheckReport(
        UUID flightId,
        int revision,
        Instant submittedAt,
        @Schema(
                        description =
                                "1 at submission, counted up by each evaluation that changed a result")
                int evaluation,
        Instant evaluatedAt,
        EvaluationReason evaluationReason,
        @Schema(
                        nullable = true,
                        description =
                                "Event time of the newest registry event applied when evaluated")
                Instant registryAsOf,
        @Schema(
                        nullable = true,
                        description = "Event time of the newest seat event applied when evaluated")
                Instant seatsAsOf,
        boolean late,
        int passengerCount,
        Map<CheckResult, Integer> totals,
        Set<CheckResult> flightResults,
        @Schema(
                        type = SchemaType.ARRAY,
                        implementation = UUID.class,
                        description =
                                "Registry ids of persons with a seat on this flight who are not on"
                                        + " the manifest")
                List<UUID> missingAllocated,
        List<LineResult> passengers) {

    @Schema(name = "LineResult")
    public record LineResult(
            int lineNumber,
            String familyName,
            String documentType,
            String documentNumber,
            @Schema(nullable = true) UUID personId,
            Set<CheckResult> results) {}

    private static final List<CheckResult> FLIGHT_RESULTS =
            List.of(
                    CheckResult.LATE_MANIFEST,
                    CheckResult.OVER_CAPACITY,
                    CheckResult.MISSING_ALLOCATED);

    static CheckReport of(ManifestRevision revision) {
        Map<CheckResult, Integer> totals = parseTotals(revision.totals);
        Set<CheckResult> flightResults = EnumSet.noneOf(CheckResult.class);
        for (CheckResult result : FLIGHT_RESULTS) {
            if (totals.getOrDefault(result, 0) > 0) {
                flightResults.add(result);
            }
        }
        List<UUID> missing =
                revision.missingAllocated.isEmpty()
                        ? List.of()
                        : Arrays.stream(revision.missingAllocated.split(","))
                                .map(UUID::fromString)
                                .toList();
        return new CheckReport(
                revision.flightId,
                revision.revision,
                revision.submittedAt,
                revision.evaluation,
                revision.evaluatedAt,
                revision.evaluationReason,
                revision.registryAsOf,
                revision.seatsAsOf,
                revision.late,
                revision.passengerCount,
                totals,
                flightResults,
                missing,
                revision.lines.stream()
                        .map(
                                line ->
                                        new LineResult(
                                                line.lineNumber,
                                                line.familyName,
                                                line.documentType,
                                                line.documentNumber,
                                                line.personId,
                                                CheckResult.split(line.findings)))
                        .toList());
    }

    static String formatTotals(Map<CheckResult, Integer> totals) {
        return totals.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<CheckResult, Integer> parseTotals(String totals) {
        Map<CheckResult, Integer> parsed = new EnumMap<>(CheckResult.class);
        for (String entry : totals.split(",")) {
            String[] pair = entry.split("=");
            parsed.put(CheckResult.valueOf(pair[0]), Integer.parseInt(pair[1]));
        }
        return parsed;
    }
}
