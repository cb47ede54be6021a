package org.evac.coordination.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A registry person as far as departures are concerned; no names, no documents. */
@Entity
@Table(name = "person_view")
public class PersonView extends PanacheEntityBase {

    public static final Set<String> ELIGIBLE_CATEGORIES =
            Set.of("US_CITIZEN", "LAWFUL_PERMANENT_RESIDENT", "IMMEDIATE_RELATIVE");

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "registry_number")
    public String registryNumber;

    @Column(name = "household_id")
    public UUID householdId;

    public String category;
    public String verification;

    @Column(name = "departure_wish")
    public String departureWish;

    public String province;

    /** Sorted, comma-separated, so that a replay yields byte-identical rows. */
    public String vulnerabilities;

    public String status;

    @Column(name = "last_reached_at")
    public OffsetDateTime lastReachedAt;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    public long version;

    /** Verified, active, not merged away, and of a category the task force evacuates. */
    public boolean eligible() {
        return "VERIFIED".equals(verification)
                && "ACTIVE".equals(status)
                && mergedInto == null
                && ELIGIBLE_CATEGORIES.contains(category);
    }

    public Set<String> vulnerabilitySet() {
        return vulnerabilities.isEmpty() ? Set.of() : Set.of(vulnerabilities.split(","));
    }

    /** Persons who travel together: a household's members, or one person on their own. */
    public record Together(UUID householdId, List<UUID> personIds) {

        public String key() {
            return householdId != null ? householdId.toString() : personIds.get(0).toString();
        }
    }

    /**
     * Groups persons by household, households first in order of their first member's id, then each
     * person without one alone.
     */
    public static List<Together> together(Collection<UUID> personIds) {
        Map<UUID, List<UUID>> byHousehold = new LinkedHashMap<>();
        List<UUID> alone = new ArrayList<>();
        for (UUID personId : personIds.stream().sorted().toList()) {
            UUID household =
                    PersonView.<PersonView>findByIdOptional(personId)
                            .map(p -> p.householdId)
                            .orElse(null);
            if (household == null) {
                alone.add(personId);
            } else {
                byHousehold.computeIfAbsent(household, h -> new ArrayList<>()).add(personId);
            }
        }
        List<Together> groups = new ArrayList<>();
        byHousehold.forEach((household, members) -> groups.add(new Together(household, members)));
        alone.forEach(person -> groups.add(new Together(null, List.of(person))));
        return groups;
    }

    static String joinVulnerabilities(List<String> values) {
        return values == null
                ? ""
                : values.stream().sorted().distinct().collect(Collectors.joining(","));
    }
}
