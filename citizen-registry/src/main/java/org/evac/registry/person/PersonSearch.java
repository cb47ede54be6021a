package org.evac.registry.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.registry.quality.Provinces;

/** Filtered, sorted, paginated person search over the live (not merged) records. */
@ApplicationScoped
public class PersonSearch {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Map<String, String> SORTABLE =
            Map.of(
                    "registryNumber", "p.registry_number",
                    "familyName", "lower(p.family_name)",
                    "createdAt", "p.created_at",
                    "updatedAt", "p.updated_at",
                    "lastReachedAt", "p.last_reached_at",
                    "birthDate", "p.birth_date");

    private final EntityManager entityManager;
    private final Clock clock;

    public PersonSearch(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** SQL condition and parameters for a filter; {@code p} is the person table. */
    public record Where(String sql, Map<String, Object> parameters) {

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PersonPage search(PersonFilter filter, String sort, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(
                    "Invalid page",
                    List.of(
                            new FieldError(
                                    "size",
                                    "page must be 0 or more and size between 1 and "
                                            + MAX_PAGE_SIZE)));
        }
        Where where = where(filter);
        Query query =
                entityManager.createNativeQuery(
                        "select p.id from person p where "
                                + where.sql()
                                + " order by "
                                + orderBy(sort),
                        UUID.class);
        where.bind(query);
        List<UUID> ids = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        Query count =
                entityManager.createNativeQuery(
                        "select count(*) from person p where " + where.sql());
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Person> persons = ids.isEmpty() ? List.of() : Person.list("id in ?1", ids);
        Map<UUID, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<PersonSummary> items =
                persons.stream()
                        .sorted(Comparator.comparing(p -> position.get(p.id)))
                        .map(PersonSummary::of)
                        .toList();
        return new PersonPage(items, page, size, total);
    }

    public Where where(PersonFilter f) {
        if (f.province != null && !Provinces.CODES.contains(f.province)) {
            throw ProblemException.invalid(
                    "Unknown province",
                    List.of(
                            new FieldError(
                                    "province",
                                    "must be an ISO 3166-2:AF province code such as AF-KAB")));
        }
        List<String> clauses = new ArrayList<>(List.of("p.merged_into is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.q != null && !f.q.isBlank()) {
            List<String> nameClauses = new ArrayList<>();
            List<String> tokens = NameFolding.tokens(f.q);
            for (int i = 0; i < tokens.size(); i++) {
                nameClauses.add("p.name_key like :token" + i);
                params.put("token" + i, "% " + tokens.get(i) + " %");
            }
            String byName = nameClauses.isEmpty() ? "false" : String.join(" and ", nameClauses);
            clauses.add(
                    "(" + byName + " or p.native_name ilike :raw or p.registry_number = :exact)");
            params.put("raw", "%" + f.q.strip().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", f.q.strip().toUpperCase(java.util.Locale.ROOT));
        }
        equal(clauses, params, "province", f.province);
        equal(clauses, params, "category", f.category);
        equal(clauses, params, "verification", f.verification);
        equal(clauses, params, "departure_wish", f.departureWish);
        equal(clauses, params, "status", f.status);
        if (f.notReachedWithinHours != null) {
            clauses.add(
                    "p.status = 'ACTIVE' and (p.last_reached_at is null or p.last_reached_at < :reachedSince)");
            params.put(
                    "reachedSince",
                    clock.instant().minus(f.notReachedWithinHours, ChronoUnit.HOURS));
        }
        if (f.qualityFlag != null) {
            clauses.add(
                    "exists (select 1 from person_quality_flag q where q.person_id = p.id and q.flag = :flag)");
            params.put("flag", f.qualityFlag.name());
        }
        if (f.source != null) {
            clauses.add(
                    "exists (select 1 from person_source s where s.person_id = p.id and s.source = :source)");
            params.put("source", f.source.name());
        }
        return new Where(String.join(" and ", clauses), params);
    }

    private static void equal(
            List<String> clauses, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            clauses.add("p." + column + " = :" + column);
            params.put(column, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    static String orderBy(String sort) {
        String value = sort == null || sort.isBlank() ? "registryNumber" : sort.strip();
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        String column = SORTABLE.get(field);
        if (column == null) {
            throw ProblemException.invalid(
                    "Unknown sort field",
                    List.of(
                            new FieldError(
                                    "sort",
                                    "must be one of "
                                            + String.join(
                                                    ", ",
                                                    new java.util.TreeSet<>(SORTABLE.keySet()))
                                            + ", optionally prefixed with -")));
        }
        return column + (descending ? " desc nulls last" : " asc nulls last") + ", p.id";
    }
}
