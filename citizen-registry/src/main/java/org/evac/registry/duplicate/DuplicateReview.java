package org.evac.registry.duplicate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.evac.registry.duplicate.DuplicateScorer.Band;

/** A pair of persons in the review queue, lower id first, and what was decided of it. */
@Entity
@Table(name = "duplicate_review")
public class DuplicateReview extends PanacheEntityBase {

    /** Where a pair was found. */
    public enum FoundBy {
        REGISTRATION,
        IMPORT,
        SWEEP
    }

    public enum Status {
        OPEN,
        SAME,
        DIFFERENT
    }

    @Id public UUID id;
    public UUID personLow;
    public UUID personHigh;
    public double weight;
    public double score;

    @Enumerated(EnumType.STRING)
    public Band band;

    /** The factors of the score, as JSON. */
    public String factors;

    @Enumerated(EnumType.STRING)
    public FoundBy foundBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String decidedBy;
    public Instant decidedAt;
    public String decisionReason;
    public Instant createdAt;
    public Instant updatedAt;
    @Version public int version;

    boolean involves(UUID personId) {
        return personLow.equals(personId) || personHigh.equals(personId);
    }

    UUID other(UUID personId) {
        return personLow.equals(personId) ? personHigh : personLow;
    }
}
