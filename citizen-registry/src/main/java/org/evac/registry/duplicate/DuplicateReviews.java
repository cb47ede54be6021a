package org.evac.registry.duplicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.duplicate.DuplicateReview.FoundBy;
import org.evac.registry.duplicate.DuplicateReview.Status;
import org.evac.registry.duplicate.DuplicateScorer.Factor;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonSummary;

/**
 * The review queue: pairs scored possible (or likely and registered anyway) wait here for a
 * coordinator. A pair is stored once; finding it again refreshes its score while it is open and
 * leaves a decision alone, so a pair decided different never comes back. Deciding same merges the
 * pair ({@link MergeService}).
 */
@ApplicationScoped
public class DuplicateReviews {

    private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() {};

    private final MergeService merges;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final Clock clock;

    public DuplicateReviews(
            MergeService merges,
            AuditLog audit,
            ObjectMapper mapper,
            EntityManager entityManager,
            Clock clock) {
        this.merges = merges;
        this.audit = audit;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Queues the pairs of a person and its candidates, in the caller's transaction. */
    public int queue(UUID personId, List<DuplicateCandidate> candidates, FoundBy foundBy) {
        Instant now = clock.instant();
        int queued = 0;
        for (DuplicateCandidate candidate : candidates) {
            boolean low = before(personId, candidate.personId());
            queued +=
                    entityManager
                            .createNativeQuery(
                                    """
                insert into duplicate_review (id, person_low, person_high, weight, score, band, factors,
                    found_by, status, created_at, updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'OPEN', ?9, ?9, 0)
                on conflict (person_low, person_high) do update
                    set weight = excluded.weight, score = excluded.score, band = excluded.band,
                        factors = excluded.factors, updated_at = excluded.updated_at,
                        version = duplicate_review.version + 1
                    where duplicate_review.status = 'OPEN'""")
                            .setParameter(1, TimeOrderedUuid.next())
                            .setParameter(2, low ? personId : candidate.personId())
                            .setParameter(3, low ? candidate.personId() : personId)
                            .setParameter(4, candidate.weight())
                            .setParameter(5, candidate.score())
                            .setParameter(6, candidate.band().name())
                            .setParameter(7, json(candidate.factors()))
                            .setParameter(8, foundBy.name())
                            .setParameter(9, now)
                            .executeUpdate();
        }
        return queued;
    }

    /**
     * A page of the queue in one status, strongest pairs first. Open pairs of which one person has
     * been merged away are not listed: the sweep finds the survivor's pairs anew.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DuplicateReviewPage list(Status status, UUID personId, int page, int size) {
        String where =
                "from DuplicateReview r where r.status = :status and (r.status <> :open or not exists"
                        + " (select 1 from Person p where p.id in (r.personLow, r.personHigh)"
                        + " and p.mergedInto is not null))"
                        + (personId == null ? "" : " and :person in (r.personLow, r.personHigh)");
        Parameters parameters = Parameters.with("status", status).and("open", Status.OPEN);
        if (personId != null) {
            parameters.and("person", personId);
        }
        List<DuplicateReview> reviews =
                DuplicateReview.<DuplicateReview>find(
                                where + " order by r.weight desc, r.id", parameters)
                        .page(page, size)
                        .list();
        long total = DuplicateReview.count(where, parameters);
        Map<UUID, Person> persons =
                Person.<Person>list(
                                "id in ?1",
                                reviews.stream()
                                        .flatMap(
                                                r ->
                                                        java.util.stream.Stream.of(
                                                                r.personLow, r.personHigh))
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new DuplicateReviewPage(
                reviews.stream().map(r -> view(r, persons)).toList(), page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuplicateReviewView get(UUID id) {
        return view(find(id));
    }

    /** The pair is one person: {@code survivorId} stays, the other merges into it. */
    @Transactional
    public DuplicateReviewView same(UUID id, ReviewDecisions.Same decision) {
        DuplicateReview review = open(id);
        if (!review.involves(decision.survivorId())) {
            throw DuplicateProblems.survivorNotInPair();
        }
        merges.merge(
                decision.survivorId(),
                new MergeRequest(review.other(decision.survivorId()), decision.reason()));
        return view(DuplicateReview.findById(id));
    }

    /** The pair is two people; it is remembered so and never queued again. */
    @Transactional
    public DuplicateReviewView different(UUID id, ReviewDecisions.Different decision) {
        DuplicateReview review = open(id);
        DuplicateReviewView before = view(review);
        decide(review, Status.DIFFERENT, decision.reason());
        DuplicateReviewView after = view(review);
        audit.change("DUPLICATE_DIFFERENT", "duplicate-review", id, before, after);
        return after;
    }

    /**
     * Records a merge of two persons as the decision of their pair, whichever way it was merged
     * (through the queue or directly), in the merge's transaction. Call it before the merge writes
     * the persons, so that both ways take the review's lock first.
     */
    public void merged(UUID survivorId, UUID mergedId, String reason) {
        boolean low = before(survivorId, mergedId);
        DuplicateReview.<DuplicateReview>find(
                        "personLow = ?1 and personHigh = ?2 and status = ?3",
                        low ? survivorId : mergedId,
                        low ? mergedId : survivorId,
                        Status.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .ifPresent(review -> decide(review, Status.SAME, reason));
    }

    /**
     * Whether {@code a} sorts before {@code b} as PostgreSQL orders uuids (bytes, unsigned), which
     * the pair's check constraint uses; {@link UUID#compareTo} compares signed halves and disagrees
     * for every id whose first bit is set (a random version 4 id, half the time).
     */
    static boolean before(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
                ? high < 0
                : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits())
                        < 0;
    }

    private void decide(DuplicateReview review, Status status, String reason) {
        Instant now = clock.instant();
        review.status = status;
        review.decidedBy = audit.actor();
        review.decidedAt = now;
        review.decisionReason = reason.strip();
        review.updatedAt = now;
        entityManager.flush();
    }

    /**
     * The review to decide, locked for the decision: the sweep re-scores open pairs at any moment,
     * and an unlocked read would lose to it with a stale version.
     */
    private DuplicateReview open(UUID id) {
        DuplicateReview review =
                DuplicateReview.<DuplicateReview>findByIdOptional(
                                id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> DuplicateProblems.reviewNotFound(id));
        if (review.status != Status.OPEN) {
            throw DuplicateProblems.alreadyDecided(review);
        }
        return review;
    }

    private static DuplicateReview find(UUID id) {
        return DuplicateReview.<DuplicateReview>findByIdOptional(id)
                .orElseThrow(() -> DuplicateProblems.reviewNotFound(id));
    }

    private DuplicateReviewView view(DuplicateReview review) {
        return view(
                review,
                Person.<Person>list("id in ?1", List.of(review.personLow, review.personHigh))
                        .stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity())));
    }

    private DuplicateReviewView view(DuplicateReview r, Map<UUID, Person> persons) {
        List<Factor> factors = factors(r.factors);
        return new DuplicateReviewView(
                r.id,
                r.status,
                r.band,
                r.score,
                r.weight,
                factors.stream().map(Factor::toString).toList(),
                factors,
                r.foundBy,
                r.createdAt,
                PersonSummary.of(persons.get(r.personLow)),
                PersonSummary.of(persons.get(r.personHigh)),
                r.decidedBy,
                r.decidedAt,
                r.decisionReason,
                "/api/v1/duplicate-reviews/" + r.id);
    }

    private String json(List<Factor> factors) {
        try {
            return mapper.writeValueAsString(factors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Factor> factors(String json) {
        try {
            return mapper.readValue(json, FACTORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
