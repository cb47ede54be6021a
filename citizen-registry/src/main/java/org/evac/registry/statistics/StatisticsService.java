package org.evac.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class StatisticsService {

    static final int CONTACT_WINDOW_HOURS = 72;
    private static final String LIVE = "from person p where p.merged_into is null";

    private final EntityManager entityManager;

    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics compute() {
        Instant since = Instant.now().minus(CONTACT_WINDOW_HOURS, ChronoUnit.HOURS);
        Object[] contact =
                (Object[])
                        entityManager
                                .createNativeQuery(
                                        "select "
                                                + "count(*) filter (where p.last_reached_at >= ?1), count(*) filter (where p.last_reached_at is null "
                                                + "or p.last_reached_at < ?1) "
                                                + LIVE
                                                + " and p.status = 'ACTIVE'")
                                .setParameter(1, since)
                                .getSingleResult();
        long total =
                ((Number)
                                entityManager
                                        .createNativeQuery("select count(*) " + LIVE)
                                        .getSingleResult())
                        .longValue();
        return new Statistics(
                total,
                countBy("p.category"),
                countBy("p.verification"),
                countBy("p.departure_wish"),
                countBy("coalesce(p.province, 'UNKNOWN')"),
                countBy("p.status"),
                flags(),
                new Statistics.Contact(
                        CONTACT_WINDOW_HOURS,
                        ((Number) contact[0]).longValue(),
                        ((Number) contact[1]).longValue()),
                Instant.now());
    }

    private Map<String, Long> countBy(String expression) {
        return group("select " + expression + ", count(*) " + LIVE + " group by 1");
    }

    private Map<String, Long> flags() {
        return group(
                "select q.flag, count(*) from person_quality_flag q join person p on p.id = q.person_id "
                        + "where p.merged_into is null group by 1");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> group(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(sql).getResultList()) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
