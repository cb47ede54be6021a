package org.evac.coordination.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.province.Provinces;
import org.evac.coordination.readmodel.FlightView;

/** Computes the dashboard figures with a handful of aggregate queries. */
@ApplicationScoped
public class StatisticsService {

    /** Funnel stage a journey state has reached: 0 registered ... 8 arrived in Doha. */
    private static final Map<JourneyState, Integer> STAGE =
            new EnumMap<>(
                    Map.ofEntries(
                            Map.entry(JourneyState.NOT_OFFERED, 0),
                            Map.entry(JourneyState.OFFERED, 2),
                            Map.entry(JourneyState.DECLINED, 2),
                            Map.entry(JourneyState.ACCEPTED, 3),
                            Map.entry(JourneyState.NO_SHOW, 3),
                            Map.entry(JourneyState.SEAT_ASSIGNED, 4),
                            Map.entry(JourneyState.MANIFESTED, 5),
                            Map.entry(JourneyState.BOARDED, 6),
                            Map.entry(JourneyState.DEPARTED, 7),
                            Map.entry(JourneyState.ARRIVED_DOHA, 8),
                            Map.entry(JourneyState.ONWARD, 8)));

    private final EntityManager entityManager;
    private final Clock clock;

    public StatisticsService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics current() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Statistics(
                now, funnel(), departuresPerDay(), upcomingFlights(), provinces(), waiting(now));
    }

    private Statistics.Funnel funnel() {
        long[] atLeast = new long[9];
        long reachedNotOffered = 0;
        for (Object[] row :
                rows(
                        """
                select coalesce(j.state, 'NOT_OFFERED'), count(*),
                       count(*) filter (where p.last_reached_at is not null or exists (select 1 from contact_attempt_view c
                                        where c.person_id = p.person_id and c.outcome = 'REACHED'))
                from person_view p left join journey j on j.person_id = p.person_id
                where p.merged_into is null group by 1""")) {
            int stage = STAGE.get(JourneyState.valueOf((String) row[0]));
            long count = ((Number) row[1]).longValue();
            for (int i = 0; i <= stage; i++) {
                atLeast[i] += count;
            }
            if (stage == 0) {
                reachedNotOffered = ((Number) row[2]).longValue();
            }
        }
        // Whoever received an offer has been reached.
        long reached = reachedNotOffered + atLeast[2];
        return new Statistics.Funnel(
                atLeast[0],
                reached,
                atLeast[2],
                atLeast[3],
                atLeast[4],
                atLeast[5],
                atLeast[6],
                atLeast[7],
                atLeast[8]);
    }

    private List<Statistics.DayCount> departuresPerDay() {
        return rows(
                        """
                select to_char(at at time zone 'UTC', 'YYYY-MM-DD'), count(distinct person_id) from journey_transition
                where to_state = 'DEPARTED' group by 1 order by 1""")
                .stream()
                .map(
                        row ->
                                new Statistics.DayCount(
                                        LocalDate.parse((String) row[0]),
                                        ((Number) row[1]).longValue()))
                .toList();
    }

    private List<Statistics.FlightLoad> upcomingFlights() {
        Map<UUID, Map<String, Long>> byFlight = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                select flight_id, state, count(*) from journey where flight_id is not null
                  and state in ('SEAT_ASSIGNED', 'MANIFESTED', 'BOARDED') group by 1, 2""")) {
            byFlight.computeIfAbsent((UUID) row[0], f -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<UUID, Long> held = new HashMap<>();
        for (Object[] row :
                rows(
                        """
                select o.hold_flight_id, count(*) from offer o join offer_person p on p.offer_id = o.offer_id
                where o.status = 'OFFERED' and o.hold_flight_id is not null group by 1""")) {
            held.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        List<Statistics.FlightLoad> loads = new ArrayList<>();
        for (FlightView flight : FlightView.upcoming()) {
            Map<String, Long> states = byFlight.getOrDefault(flight.flightId, Map.of());
            long assigned = states.getOrDefault("SEAT_ASSIGNED", 0L);
            long manifested = states.getOrDefault("MANIFESTED", 0L);
            long boarded = states.getOrDefault("BOARDED", 0L);
            loads.add(
                    new Statistics.FlightLoad(
                            flight.flightId,
                            flight.flightNumber,
                            flight.scheduledDeparture,
                            flight.status,
                            flight.reservedSeats,
                            held.getOrDefault(flight.flightId, 0L),
                            assigned + manifested + boarded,
                            manifested + boarded,
                            boarded));
        }
        return loads;
    }

    private List<Statistics.ProvinceCount> provinces() {
        return rows(
                        """
                select p.province, count(*),
                       count(*) filter (where j.state in ('ACCEPTED', 'NO_SHOW', 'SEAT_ASSIGNED', 'MANIFESTED', 'BOARDED',
                                                          'DEPARTED', 'ARRIVED_DOHA', 'ONWARD')),
                       count(*) filter (where j.state in ('DEPARTED', 'ARRIVED_DOHA', 'ONWARD'))
                from person_view p left join journey j on j.person_id = p.person_id
                where p.merged_into is null group by 1 order by 1""")
                .stream()
                .map(
                        row ->
                                new Statistics.ProvinceCount(
                                        row[0] == null ? Provinces.UNKNOWN : (String) row[0],
                                        ((Number) row[1]).longValue(),
                                        ((Number) row[2]).longValue(),
                                        ((Number) row[3]).longValue()))
                .toList();
    }

    private Statistics.Waiting waiting(OffsetDateTime now) {
        long[] buckets = new long[4];
        long longest = 0;
        List<Object[]> rows =
                rows(
                        "select extract(epoch from accepted_at), 1 from journey where state in ('ACCEPTED', 'NO_SHOW') and accepted_at is not null");
        for (Object[] row : rows) {
            long hours =
                    Duration.between(
                                    Instant.ofEpochSecond(((Number) row[0]).longValue()),
                                    now.toInstant())
                            .toHours();
            longest = Math.max(longest, hours);
            buckets[hours < 24 ? 0 : hours < 72 ? 1 : hours < 168 ? 2 : 3]++;
        }
        return new Statistics.Waiting(
                rows.size(), buckets[0], buckets[1], buckets[2], buckets[3], longest);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
