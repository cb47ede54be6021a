package org.evac.registry.duplicate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.person.Sex;
import org.evac.registry.quality.BirthDate;

/**
 * What duplicate detection compares of a person (the name, folded once when the identity is made;
 * the native-script name; the date of birth with its precision; sex, phones and household), and the
 * blocking keys that find candidates without comparing against everyone.
 *
 * <p>Blocking keys pair the consonant skeletons ({@link PersonName#skeleton}) of two name units, at
 * least one of them a family name, with the birth year or {@code ?}: {@code "P:KRM MHMD|1985"}. A
 * unit is a word, or a whole part of several words joined, so a compound meets its split form
 * (Abdul Wahid and Abdulwahid share {@code BDLVHD}); skeletons ignore vowels, so vowel drift and
 * diphthongs meet; pairs ignore order and which part a word is in, so word order and given and
 * family names swapped meet; a missing middle name leaves the other pairs. Pairs of two given names
 * are not keys: Abdul Rahman or Gul Ahmad would each find thousands of candidates. A native name
 * adds {@code "N:<normalised, without spaces>|year"}, so records whose Latin spellings differ too
 * much still meet when their Dari or Pashto name agrees, and a full date of birth adds the family
 * name with the day ({@link #familyAndDay}). Probes are the same keys with the year and with {@code
 * ?}; with an unknown year, every year (a key range).
 */
public record Identity(
        PersonName name,
        Optional<BirthDate> birthDate,
        String nativeName,
        Sex sex,
        Set<String> phones,
        UUID householdId) {

    /**
     * Version of the key scheme below and of the name folding under it; stored keys written under
     * another version are rebuilt at start-up by {@link MatchKeyIndex}.
     */
    public static final String KEY_SCHEME =
            "skeleton-pairs-3/folding-" + NameFolding.COMPOUND_VERSION;

    /** More units than this per part add nothing to blocking but multiply its keys. */
    private static final int MAX_UNITS = 4;

    public static Identity of(String familyName, String givenNames, String birthDate) {
        return of(familyName, givenNames, birthDate, null, null, Set.of(), null);
    }

    public static Identity of(
            String familyName,
            String givenNames,
            String birthDate,
            String nativeName,
            Sex sex,
            Set<String> phones,
            UUID householdId) {
        return new Identity(
                PersonName.of(familyName, givenNames),
                BirthDate.parse(birthDate),
                NativeScript.normalise(nativeName),
                sex == null ? Sex.UNKNOWN : sex,
                phones,
                householdId);
    }

    /** A phone number as compared: its digits, with the leading + of E.164. */
    public static String phoneKey(String value) {
        return value.replaceAll("[^0-9+]", "");
    }

    /** Blocking keys stored for this person, with the birth year or {@code ?} when unknown. */
    public Set<String> storedKeys() {
        String year = birthDate.map(d -> Integer.toString(d.year())).orElse("?");
        Set<String> keys = new LinkedHashSet<>();
        bases().forEach(base -> keys.add(base + "|" + year));
        familyAndDay().ifPresent(keys::add);
        return keys;
    }

    /** Keys to look up: the same year, or an unknown year. */
    public Set<String> exactProbes() {
        Set<String> keys = new LinkedHashSet<>();
        for (String base : bases()) {
            birthDate.ifPresent(d -> keys.add(base + "|" + d.year()));
            keys.add(base + "|?");
        }
        familyAndDay().ifPresent(keys::add);
        return keys;
    }

    /**
     * The family name with a full date of birth, {@code "D:MJHD|1974-06-06"}: records whose given
     * names are spelled beyond the name keys still meet on the day (not a 1 January placeholder).
     */
    private Optional<String> familyAndDay() {
        List<String> family = skeletons(true);
        return birthDate
                .filter(d -> d.isFull() && !d.looksLikePlaceholder() && !family.isEmpty())
                .map(d -> "D:" + String.join(" ", family) + "|" + d);
    }

    /** Probe prefixes matching every year; used only when this date of birth is unknown. */
    public Set<String> anyYearProbes() {
        if (birthDate.isPresent()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        bases().forEach(base -> keys.add(base + "|"));
        return keys;
    }

    /**
     * The least key greater than every key that starts with {@code prefix}: a range {@code [prefix,
     * upperBound(prefix))} holds exactly the keys with that prefix, and an index can scan it (keys
     * are compared in "C" collation, like Java strings of these characters).
     */
    public static String upperBound(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    private Set<String> bases() {
        List<String> given = skeletons(false);
        List<String> family = skeletons(true);
        Set<String> bases = new LinkedHashSet<>();
        for (String f : family) {
            for (String g : given) {
                bases.add(pair(f, g));
            }
        }
        for (int i = 0; i < family.size(); i++) {
            for (int j = i + 1; j < family.size(); j++) {
                bases.add(pair(family.get(i), family.get(j)));
            }
        }
        if (bases.isEmpty() && !family.isEmpty()) {
            bases.add("P:" + family.get(0));
        }
        if (!nativeName.isEmpty()) {
            bases.add("N:" + nativeName.replace(" ", ""));
        }
        return bases;
    }

    private static String pair(String one, String other) {
        return "P:" + (one.compareTo(other) <= 0 ? one + " " + other : other + " " + one);
    }

    /** The skeletons of one part: each word but articles and titles, and the part joined. */
    private List<String> skeletons(boolean family) {
        Set<String> skeletons = new LinkedHashSet<>();
        for (PersonName.Unit unit : name.units()) {
            if (unit.family() != family) {
                continue;
            }
            boolean word = unit.to() == unit.from() + 1;
            // A title or an article adds no key of its own; a family name is keyed even when it
            // is a title (Khan), or a person named Gul Khan would have no key at all.
            if (word && !family && name.optional(unit.from())) {
                continue;
            }
            if (word || isWholePart(unit)) {
                String skeleton = PersonName.skeleton(unit.spelling());
                if (!skeleton.isEmpty()) {
                    skeletons.add(skeleton);
                }
            }
        }
        List<String> list = new ArrayList<>(skeletons);
        return list.size() > MAX_UNITS ? list.subList(0, MAX_UNITS) : list;
    }

    private boolean isWholePart(PersonName.Unit unit) {
        List<PersonName.Word> words = name.words();
        return (unit.from() == 0 || words.get(unit.from() - 1).family() != unit.family())
                && (unit.to() == words.size() || words.get(unit.to()).family() != unit.family());
    }
}
