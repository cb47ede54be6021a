package org.evac.registry.duplicate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.quality.BirthDate;

/**
 * What duplicate detection compares: the folded name tokens and the date of birth with its
 * precision.
 */
public record Identity(String familyName, String givenNames, Optional<BirthDate> birthDate) {

    /** More tokens than this add nothing to blocking but multiply its keys. */
    private static final int MAX_TOKENS = 6;

    public static Identity of(String familyName, String givenNames, String birthDate) {
        return new Identity(familyName, givenNames, BirthDate.parse(birthDate));
    }

    public List<String> tokens() {
        List<String> tokens = new ArrayList<>(NameFolding.tokens(givenNames));
        tokens.addAll(NameFolding.tokens(familyName));
        return tokens;
    }

    /**
     * Blocking keys stored for this person: each pair of distinct folded tokens (sorted, so word
     * order does not matter, and pairs survive a missing middle name) with the birth year, or
     * {@code ?} when it is unknown.
     */
    public Set<String> storedKeys() {
        String year = birthDate.map(d -> Integer.toString(d.year())).orElse("?");
        Set<String> keys = new LinkedHashSet<>();
        for (String pair : pairs()) {
            keys.add(pair + "|" + year);
        }
        return keys;
    }

    /**
     * Keys to look up: the same year, or an unknown year; prefixes (any year) when this date is
     * unknown.
     */
    public Set<String> exactProbes() {
        Set<String> keys = new LinkedHashSet<>();
        for (String pair : pairs()) {
            if (birthDate.isPresent()) {
                keys.add(pair + "|" + birthDate.get().year());
            }
            keys.add(pair + "|?");
        }
        return keys;
    }

    /** Pair prefixes matching every year; used only when this date of birth is unknown. */
    public Set<String> anyYearProbes() {
        if (birthDate.isPresent()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String pair : pairs()) {
            keys.add(pair + "|");
        }
        return keys;
    }

    private Set<String> pairs() {
        List<String> distinct = new ArrayList<>(new TreeSet<>(tokens()));
        if (distinct.size() > MAX_TOKENS) {
            distinct = distinct.subList(0, MAX_TOKENS);
        }
        Set<String> pairs = new LinkedHashSet<>();
        if (distinct.size() == 1) {
            pairs.add(distinct.get(0));
        }
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                pairs.add(distinct.get(i) + " " + distinct.get(j));
            }
        }
        return pairs;
    }
}
