package org.evac.registry.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.contact.ContactChannel;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.duplicate.DuplicateScorer.Band;
import org.evac.registry.person.Person;
import org.hibernate.Session;

/**
 * Finds the likely and possible duplicates of an identity: candidates through the blocking keys in
 * {@code person_match_key} ({@link Identity}), each scored by {@link DuplicateScorer}; pairs a
 * coordinator decided are different never come back.
 */
@ApplicationScoped
public class DuplicateFinder {

    private static final Set<ContactKind> PHONES =
            Set.of(
                    ContactKind.PHONE,
                    ContactKind.WHATSAPP,
                    ContactKind.SIGNAL,
                    ContactKind.TELEGRAM);

    /**
     * At most this many candidates, strongest first: a common name with a year alone is possible
     * against dozens of persons in a large registry, and a coordinator reviews the best ones.
     */
    public static final int MAX_CANDIDATES = 20;

    private final EntityManager entityManager;

    public DuplicateFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Candidates scored possible or likely, strongest first; {@code subject} (a registered person,
     * or null) is left out, with every person it was decided to be different from.
     */
    public List<DuplicateCandidate> candidates(Identity identity, UUID subject) {
        List<RegisteredIdentity.Found> found =
                entityManager
                        .unwrap(Session.class)
                        .doReturningWork(
                                connection ->
                                        RegisteredIdentity.find(
                                                connection,
                                                identity.exactProbes(),
                                                identity.anyYearProbes()));
        Map<UUID, RegisteredIdentity> persons = new LinkedHashMap<>();
        found.forEach(f -> persons.putIfAbsent(f.person().id(), f.person()));
        Set<UUID> different = subject == null ? Set.of() : decidedDifferent(subject);
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (RegisteredIdentity other : persons.values()) {
            if (other.id().equals(subject) || different.contains(other.id())) {
                continue;
            }
            DuplicateScorer.Match match = DuplicateScorer.compare(identity, other.identity());
            if (match.band() != Band.DIFFERENT) {
                candidates.add(DuplicateCandidate.of(other, match));
            }
        }
        candidates.sort(
                Comparator.comparingDouble(DuplicateCandidate::weight)
                        .reversed()
                        .thenComparing(DuplicateCandidate::registryNumber));
        return candidates.size() > MAX_CANDIDATES
                ? List.copyOf(candidates.subList(0, MAX_CANDIDATES))
                : candidates;
    }

    /** The identity of a registered person, with its phones and household. */
    public Identity identityOf(Person person) {
        return Identity.of(
                person.familyName,
                person.givenNames,
                person.birthDate,
                person.nativeName,
                person.sex,
                ContactChannel.ofPerson(person.id).stream()
                        .filter(c -> PHONES.contains(c.kind))
                        .map(c -> Identity.phoneKey(c.value))
                        .collect(Collectors.toUnmodifiableSet()),
                person.householdId);
    }

    /** Replaces the blocking keys of a person, which must be written already. */
    public void index(Person person) {
        Identity identity =
                Identity.of(
                        person.familyName,
                        person.givenNames,
                        person.birthDate,
                        person.nativeName,
                        null,
                        Set.of(),
                        null);
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

    /** Folded name tokens between spaces, for transliteration-tolerant search. */
    public static String nameKey(String familyName, String givenNames) {
        List<String> tokens = new ArrayList<>(NameFolding.tokens(givenNames));
        tokens.addAll(NameFolding.tokens(familyName));
        return " " + String.join(" ", tokens) + " ";
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> decidedDifferent(UUID subject) {
        List<UUID> ids =
                entityManager
                        .createNativeQuery(
                                "select case when person_low = ?1 then person_high else person_low end "
                                        + "from duplicate_review where status = 'DIFFERENT' "
                                        + "and (person_low = ?1 or person_high = ?1)",
                                UUID.class)
                        .setParameter(1, subject)
                        .getResultList();
        return new HashSet<>(ids);
    }
}
