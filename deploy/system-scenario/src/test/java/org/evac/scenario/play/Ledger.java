package org.evac.scenario.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evac.scenario.population.Household;
import org.evac.scenario.population.Member;
import org.evac.scenario.population.Population;

/**
 * What the scenario's users did and were told, kept on their side: which registry id each person
 * got, what each household answered, which flight each person boarded. The services' counts are
 * checked against it.
 */
public final class Ledger {

    private final Population population;
    private final Map<Integer, UUID> personIds = new ConcurrentHashMap<>();
    private final Map<UUID, Member> members = new ConcurrentHashMap<>();
    private final Map<Integer, UUID> householdIds = new ConcurrentHashMap<>();
    private final Map<Integer, UUID> walkIns = new ConcurrentHashMap<>();
    private final Set<Integer> merged = ConcurrentHashMap.newKeySet();
    private final Set<Integer> verified = ConcurrentHashMap.newKeySet();
    private final Set<Integer> rejected = ConcurrentHashMap.newKeySet();
    private final Set<Integer> offered = ConcurrentHashMap.newKeySet();
    private final Set<Integer> accepted = ConcurrentHashMap.newKeySet();
    private final Set<Integer> declined = ConcurrentHashMap.newKeySet();
    private final Set<Integer> flown = ConcurrentHashMap.newKeySet();
    private final Set<Integer> noShows = ConcurrentHashMap.newKeySet();
    private final List<Charter> charters = new CopyOnWriteArrayList<>();

    private final Map<Integer, Household> households = new ConcurrentHashMap<>();

    public Ledger(Population population) {
        this.population = population;
        population.households().forEach(h -> households.put(h.key(), h));
    }

    /** A charter of the scenario with the format its operator files manifests in. */
    public record Charter(int number, UUID flightId, String flightNumber, ManifestFormat format) {}

    public Population population() {
        return population;
    }

    void registered(Member member, UUID personId) {
        personIds.put(member.key(), personId);
        members.put(personId, member);
    }

    void walkedIn(Member member, UUID duplicateId) {
        walkIns.put(member.key(), duplicateId);
    }

    void merged(Member member) {
        merged.add(member.key());
    }

    void household(Household household, UUID householdId) {
        householdIds.put(household.key(), householdId);
    }

    void verified(Member member) {
        verified.add(member.key());
    }

    void rejected(Member member) {
        rejected.add(member.key());
    }

    void offered(Member member) {
        offered.add(member.key());
    }

    void accepted(Member member) {
        accepted.add(member.key());
    }

    void declined(Member member) {
        declined.add(member.key());
    }

    void flew(Member member) {
        flown.add(member.key());
    }

    void noShow(Member member) {
        noShows.add(member.key());
    }

    void charter(Charter charter) {
        charters.add(charter);
    }

    public UUID personId(Member member) {
        UUID id = personIds.get(member.key());
        if (id == null) {
            throw new IllegalStateException("member " + member.key() + " was never registered");
        }
        return id;
    }

    /** The registry id of {@code member}, or {@code null} if it has none (yet). */
    public UUID personIdOrNull(Member member) {
        return personIds.get(member.key());
    }

    /** The registry ids of everyone who accepted a seat. */
    public List<UUID> acceptedIds() {
        return accepted.stream().map(personIds::get).toList();
    }

    /** The registry ids of everyone who was offered a seat. */
    public List<UUID> offeredIds() {
        return offered.stream().map(personIds::get).toList();
    }

    public Optional<Member> member(UUID personId) {
        return Optional.ofNullable(members.get(personId));
    }

    public Optional<UUID> householdId(Household household) {
        return Optional.ofNullable(householdIds.get(household.key()));
    }

    /** The household the registry gave {@code householdId}. */
    public Optional<Household> household(UUID householdId) {
        return householdIds.entrySet().stream()
                .filter(e -> e.getValue().equals(householdId))
                .findFirst()
                .map(e -> households.get(e.getKey()));
    }

    public Map<Integer, UUID> walkIns() {
        return Collections.unmodifiableMap(walkIns);
    }

    public int registeredCount() {
        return personIds.size();
    }

    public int mergedCount() {
        return merged.size();
    }

    public boolean isVerified(Member member) {
        return verified.contains(member.key());
    }

    public int verifiedCount() {
        return verified.size();
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** Verified members of the eligible categories: whom a campaign offers a seat. */
    public List<Member> offerable() {
        return population.members().stream()
                .filter(Member::isEligibleCategory)
                .filter(this::isVerified)
                .toList();
    }

    public int offeredCount() {
        return offered.size();
    }

    public boolean hasAccepted(Member member) {
        return accepted.contains(member.key());
    }

    public int acceptedCount() {
        return accepted.size();
    }

    public int declinedCount() {
        return declined.size();
    }

    public boolean hasFlown(Member member) {
        return flown.contains(member.key());
    }

    public int flownCount() {
        return flown.size();
    }

    public boolean wasNoShow(Member member) {
        return noShows.contains(member.key());
    }

    public int noShowCount() {
        return noShows.size();
    }

    public List<Charter> charters() {
        return new ArrayList<>(charters);
    }

    /** Every registry id a person of the scenario holds, walk-in duplicates left out. */
    public List<UUID> personIds() {
        return new ArrayList<>(personIds.values());
    }
}
