package org.evac.coordination.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes a batch of registry person snapshots into {@code person_view} with one statement: a new
 * person is inserted (merged into a survivor if that merge arrived first), a known one takes the
 * snapshot unless it already holds a later version. The effect equals applying the snapshots one by
 * one in order.
 */
@ApplicationScoped
class PersonViewWriter {

    private static final String UPSERT =
            """
            insert into person_view (person_id, registry_number, household_id, category, verification,
                                     departure_wish, province, vulnerabilities, status, last_reached_at,
                                     merged_into, registered_at, version)
            select s.person_id::uuid, s.registry_number, s.household_id::uuid, s.category, s.verification,
                   s.departure_wish, s.province, s.vulnerabilities, s.status, s.last_reached_at::timestamptz,
                   m.survivor_id, s.registered_at::timestamptz, s.version
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::int8[])
                 as s(person_id, registry_number, household_id, category, verification, departure_wish, province,
                      vulnerabilities, status, last_reached_at, registered_at, version)
            left join person_merge_view m on m.merged_id = s.person_id::uuid
            on conflict (person_id) do update set
                registry_number = excluded.registry_number, household_id = excluded.household_id,
                category = excluded.category, verification = excluded.verification,
                departure_wish = excluded.departure_wish, province = excluded.province,
                vulnerabilities = excluded.vulnerabilities, status = excluded.status,
                last_reached_at = excluded.last_reached_at, version = excluded.version
            where person_view.version <= excluded.version""";

    private final EntityManager entityManager;

    PersonViewWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param snapshots in the order the events arrived, each with its event's time
     */
    void write(List<Timed> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        // One row per person (an upsert may not touch a row twice): the latest version, registered
        // at the time of the person's first event in the batch.
        Map<UUID, Timed> latest = new LinkedHashMap<>();
        Map<UUID, OffsetDateTime> firstSeen = new LinkedHashMap<>();
        for (Timed timed : snapshots) {
            UUID id = timed.snapshot().personId();
            firstSeen.putIfAbsent(id, timed.at());
            Timed kept = latest.get(id);
            if (kept == null || kept.snapshot().version() <= timed.snapshot().version()) {
                latest.put(id, timed);
            }
        }
        List<PersonSnapshot> rows = latest.values().stream().map(Timed::snapshot).toList();
        // Entities loaded earlier in this transaction must not overwrite the rows written here.
        entityManager.flush();
        entityManager
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                                int i = 1;
                                for (List<String> column : columns(rows, firstSeen)) {
                                    upsert.setArray(
                                            i++,
                                            connection.createArrayOf(
                                                    "text", column.toArray(String[]::new)));
                                }
                                upsert.setArray(
                                        i,
                                        connection.createArrayOf(
                                                "int8",
                                                rows.stream()
                                                        .map(PersonSnapshot::version)
                                                        .toArray(Long[]::new)));
                                upsert.executeUpdate();
                            }
                        });
        entityManager.clear();
    }

    private static List<List<String>> columns(
            List<PersonSnapshot> rows, Map<UUID, OffsetDateTime> firstSeen) {
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < 11; c++) {
            columns.add(new ArrayList<>(rows.size()));
        }
        for (PersonSnapshot s : rows) {
            columns.get(0).add(s.personId().toString());
            columns.get(1).add(s.registryNumber());
            columns.get(2).add(s.householdId() == null ? null : s.householdId().toString());
            columns.get(3).add(s.category());
            columns.get(4).add(s.verification());
            columns.get(5).add(s.departureWish());
            columns.get(6).add(s.province());
            columns.get(7).add(PersonView.joinVulnerabilities(s.vulnerabilities()));
            columns.get(8).add(s.status());
            columns.get(9).add(s.lastReachedAt() == null ? null : s.lastReachedAt().toString());
            columns.get(10).add(firstSeen.get(s.personId()).toString());
        }
        return columns;
    }

    /** A snapshot with the time of the event that carried it. */
    record Timed(PersonSnapshot snapshot, OffsetDateTime at) {}
}
