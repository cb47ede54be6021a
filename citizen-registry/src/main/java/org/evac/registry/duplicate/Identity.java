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
 * What duplicate detection compares: the folded name tokens (folded once, when the identity is
 * made) and the date of birth with its precision; and the blocking keys that find candidates
 * without comparing against everyone.
 *
 * <p>{@link DuplicateMatcher} matches two names only when every token of the shorter is in the
 * longer. So a candidate C of a new identity N either contains all of N's tokens, and then holds
 * every pair of them, or is contained in N, and then its whole token set is a subset of N's. Stored
 * keys are therefore every pair of tokens ({@code "A B|year"}, only for names of three or more
 * tokens) and the whole set ({@code "=A B C|year"}); probes are ONE pair, anchored on the family
 * name, and every subset of N as a whole set. Probing one family-anchored pair instead of all pairs
 * keeps common given-name pairs (Abdul Rahman, Gul Ahmad) from returning thousands of candidates.
 */
public record Identity(
        String familyName,
        String givenNames,
        Optional<BirthDate> birthDate,
        List<String> givenTokens,
        List<String> familyTokens) {

    /**
     * Version of the key scheme below and of the name folding under it; stored keys written under
     * another version are rebuilt at start-up by {@link MatchKeyIndex}.
     */
    public static final String KEY_SCHEME = "pairs-and-sets-2/folding-" + NameFolding.VERSION;

    /** More tokens than this add nothing to blocking but multiply its keys. */
    private static final int MAX_TOKENS = 6;

    public static Identity of(String familyName, String givenNames, String birthDate) {
        return new Identity(
                familyName,
                givenNames,
                BirthDate.parse(birthDate),
                NameFolding.tokens(givenNames),
                NameFolding.tokens(familyName));
    }

    /** The folded tokens, given names first. */
    public List<String> tokens() {
        List<String> tokens = new ArrayList<>(givenTokens);
        tokens.addAll(familyTokens);
        return tokens;
    }

    /** Blocking keys stored for this person, with the birth year or {@code ?} when unknown. */
    public Set<String> storedKeys() {
        List<String> distinct = distinctTokens();
        Set<String> bases = new LinkedHashSet<>();
        if (distinct.size() >= 3) {
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    bases.add(distinct.get(i) + " " + distinct.get(j));
                }
            }
        }
        if (!distinct.isEmpty()) {
            bases.add("=" + String.join(" ", distinct));
        }
        String year = birthDate.map(d -> Integer.toString(d.year())).orElse("?");
        Set<String> keys = new LinkedHashSet<>();
        bases.forEach(base -> keys.add(base + "|" + year));
        return keys;
    }

    /**
     * Keys to look up: the same year, or an unknown year; prefixes (any year) when this date is
     * unknown.
     */
    public Set<String> exactProbes() {
        Set<String> keys = new LinkedHashSet<>();
        for (String base : probeBases()) {
            birthDate.ifPresent(d -> keys.add(base + "|" + d.year()));
            keys.add(base + "|?");
        }
        return keys;
    }

    /** Probe prefixes matching every year; used only when this date of birth is unknown. */
    public Set<String> anyYearProbes() {
        if (birthDate.isPresent()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        probeBases().forEach(base -> keys.add(base + "|"));
        return keys;
    }

    /**
     * The least key greater than every key that starts with {@code prefix}: a range {@code [prefix,
     * upperBound(prefix))} holds exactly the keys with that prefix, and an index can scan it (keys
     * are ASCII and compared in "C" collation, like Java strings).
     */
    public static String upperBound(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    private Set<String> probeBases() {
        List<String> distinct = distinctTokens();
        Set<String> bases = new LinkedHashSet<>();
        if (distinct.size() == 1) {
            bases.add("=" + distinct.get(0));
            return bases;
        }
        if (distinct.size() >= 2) {
            bases.add(anchorPair(distinct));
        }
        // Every subset of two or more tokens, as a whole set, in sorted token order.
        for (int mask = 1; mask < 1 << distinct.size(); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> subset = new ArrayList<>();
                for (int i = 0; i < distinct.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        subset.add(distinct.get(i));
                    }
                }
                bases.add("=" + String.join(" ", subset));
            }
        }
        return bases;
    }

    /** A family-name token with another token (a given name if there is one), sorted. */
    private String anchorPair(List<String> distinct) {
        String anchor =
                familyTokens.stream()
                        .filter(distinct::contains)
                        .findFirst()
                        .orElse(distinct.get(0));
        String other =
                givenTokens.stream()
                        .filter(t -> !t.equals(anchor) && distinct.contains(t))
                        .findFirst()
                        .orElseGet(
                                () ->
                                        distinct.stream()
                                                .filter(t -> !t.equals(anchor))
                                                .findFirst()
                                                .orElseThrow());
        return anchor.compareTo(other) < 0 ? anchor + " " + other : other + " " + anchor;
    }

    private List<String> distinctTokens() {
        List<String> distinct = new ArrayList<>(new TreeSet<>(tokens()));
        return distinct.size() > MAX_TOKENS ? distinct.subList(0, MAX_TOKENS) : distinct;
    }
}
