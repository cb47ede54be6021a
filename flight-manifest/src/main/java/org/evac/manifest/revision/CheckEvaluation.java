package org.evac.manifest.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One evaluation of a revision's checks, kept as history; the revision holds the latest. */
@Entity
@Table(name = "check_evaluation")
public class CheckEvaluation extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "revision_id")
    public UUID revisionId;

    public int evaluation;

    @Column(name = "evaluated_at")
    public Instant evaluatedAt;

    @Enumerated(EnumType.STRING)
    public EvaluationReason reason;

    @Column(name = "registry_as_of")
    public Instant registryAsOf;

    @Column(name = "seats_as_of")
    public Instant seatsAsOf;

    public boolean late;

    @Column(name = "over_capacity")
    public boolean overCapacity;

    public String totals;

    @Column(name = "missing_allocated")
    public String missingAllocated;

    /** Each line's findings in line order, {@code ;}-separated. */
    @Column(name = "line_findings")
    public String lineFindings;

    static List<CheckEvaluation> ofRevision(UUID revisionId) {
        return list("revisionId = ?1 order by evaluation", revisionId);
    }
}
