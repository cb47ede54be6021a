package org.evac.manifest.revision;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.checks.CheckResult;

@Schema(
        name = "CheckEvaluation",
        description =
                "One evaluation of a revision's checks: when, why, against read models as of which"
                        + " events, and the totals it found")
public record EvaluationSummary(
        int evaluation,
        Instant evaluatedAt,
        EvaluationReason reason,
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
        Map<CheckResult, Integer> totals) {

    static EvaluationSummary of(CheckEvaluation evaluation) {
        return new EvaluationSummary(
                evaluation.evaluation,
                evaluation.evaluatedAt,
                evaluation.reason,
                evaluation.registryAsOf,
                evaluation.seatsAsOf,
                evaluation.late,
                CheckReport.parseTotals(evaluation.totals));
    }
}
