package org.evac.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the statistics from {@code registry_count}, which triggers keep current in the transaction
 * of every change (see {@code V4__search_index_and_counts.sql}): the cost of a read depends on the
 * number of distinct values, not on the size of the registry.
 */
@ApplicationScoped
public class StatisticsService {

    static final int CONTACT_WINDOW_HOURS = 72;

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private final EntityManager entityManager;
    private final Clock clock;

    public StatisticsService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics compute() {
        Instant now = clock.instant();
        Map<String, Map<String, Long>> counts = counts();
        long active = counts.getOrDefault("status", Map.of()).getOrDefault("ACTIVE", 0L);
        long reached = reachedSince(now.minus(CONTACT_WINDOW_HOURS, ChronoUnit.HOURS));
        return new Statistics(
                counts.getOrDefault("total", Map.of()).getOrDefault("", 0L),
                counts.getOrDefault("category", Map.of()),
                counts.getOrDefault("verification", Map.of()),
                counts.getOrDefault("departure_wish", Map.of()),
                counts.getOrDefault("province", Map.of()),
                counts.getOrDefault("status", Map.of()),
                counts.getOrDefault("quality_flag", Map.of()),
                new Statistics.Contact(CONTACT_WINDOW_HOURS, reached, active - reached),
                now);
    }

    /** Every dimension but the contact minutes, summed over the stripes; zero counts left out. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                """
                select dimension, value, sum(n) from registry_count
                where dimension <> 'reached_minute' group by 1, 2 having sum(n) <> 0""")
                        .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], d -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * ACTIVE live persons last reached at or after {@code since}: the whole minutes after it from
     * the counts, the minute it falls in from the persons themselves (a few rows, by index).
     */
    private long reachedSince(Instant since) {
        Instant firstWholeMinute =
                since.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        long whole =
                ((Number)
                                entityManager
                                        .createNativeQuery(
                                                """
                select coalesce(sum(n), 0) from registry_count
                where dimension = 'reached_minute' and value >= ?1 and value <> 'never'""")
                                        .setParameter(1, MINUTE.format(firstWholeMinute))
                                        .getSingleResult())
                        .longValue();
        long partial =
                ((Number)
                                entityManager
                                        .createNativeQuery(
                                                """
                select count(*) from person p
                where p.status = 'ACTIVE' and p.merged_into is null
                  and p.last_reached_at >= ?1 and p.last_reached_at < ?2""")
                                        .setParameter(1, since)
                                        .setParameter(2, firstWholeMinute)
                                        .getSingleResult())
                        .longValue();
        return whole + partial;
    }
}
