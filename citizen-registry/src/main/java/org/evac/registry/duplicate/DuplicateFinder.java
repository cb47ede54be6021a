package org.evac.registry.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.person.Person;

/**
 * Finds likely duplicates through the blocking keys in {@code person_match_key}, then scores each
 * one.
 */
@ApplicationScoped
public class DuplicateFinder {

    private final EntityManager entityManager;

    public DuplicateFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<DuplicateCandidate> candidates(Identity identity, UUID excluded) {
        List<UUID> ids = candidateIds(identity.exactProbes(), identity.anyYearProbes());
        List<DuplicateCandidate> found = new ArrayList<>();
        for (UUID id : ids) {
            if (id.equals(excluded)) {
                continue;
            }
            Person other = Person.findById(id);
            if (other == null || other.mergedInto != null) {
                continue;
            }
            DuplicateMatcher.compare(
                            identity,
                            Identity.of(other.familyName, other.givenNames, other.birthDate))
                    .ifPresent(m -> found.add(candidate(other, m)));
        }
        found.sort(
                Comparator.comparingDouble(DuplicateCandidate::score)
                        .reversed()
                        .thenComparing(DuplicateCandidate::registryNumber));
        return found;
    }

    public static DuplicateCandidate candidate(Person other, DuplicateMatcher.Match match) {
        return new DuplicateCandidate(
                other.id,
                other.registryNumber,
                other.familyName,
                other.givenNames,
                other.birthDate,
                match.score(),
                match.reasons(),
                "/api/v1/persons/" + other.id);
    }

    /** Replaces the blocking keys of a person, which must be written already. */
    public void index(Person person) {
        Identity identity = Identity.of(person.familyName, person.givenNames, person.birthDate);
        entityManager
                .createNativeQuery("delete from person_match_key where person_id = ?1")
                .setParameter(1, person.id)
                .executeUpdate();
        for (String key : identity.storedKeys()) {
            entityManager
                    .createNativeQuery(
                            "insert into person_match_key (key, person_id) values (?1, ?2)")
                    .setParameter(1, key)
                    .setParameter(2, person.id)
                    .executeUpdate();
        }
    }

    public static String nameKey(String familyName, String givenNames) {
        List<String> tokens = new ArrayList<>(NameFolding.tokens(givenNames));
        tokens.addAll(NameFolding.tokens(familyName));
        return " " + String.join(" ", tokens) + " ";
    }

    @SuppressWarnings("unchecked")
    private List<UUID> candidateIds(Set<String> exact, Set<String> prefixes) {
        if (exact.isEmpty()) {
            return List.of();
        }
        StringBuilder sql =
                new StringBuilder(
                        "select distinct person_id from person_match_key where key in (:keys)");
        int i = 2;
        for (String ignored : prefixes) {
            sql.append(" or key like :p").append(i++);
        }
        var query =
                entityManager
                        .createNativeQuery(sql.toString(), UUID.class)
                        .setParameter("keys", exact);
        i = 2;
        for (String prefix : prefixes) {
            query.setParameter("p" + i++, prefix + "%");
        }
        return query.getResultList();
    }
}
