package org.evac.registry.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evac.infrastructure.identity.NameFolding;

/**
 * A person's Latin name as duplicate detection sees it: the words of the given names and of the
 * family name, each spelled by {@link NameFolding#spell}, and the units they can be compared as. A
 * unit is one word or a run of up to three adjacent words of one part, joined: a compound written
 * in words or as one (Abdul Wahid and Abdulwahid, Nur ul Haq and Nurulhaq).
 */
record PersonName(List<Word> words) {

    /** A word of the name: as written (upper case), spelled, and whether it is a family name. */
    record Word(String written, String spelling, boolean family) {}

    /** Adjacent words of one part, [from, to), joined and spelled as one. */
    record Unit(int from, int to, String spelling, boolean family) {}

    /** Titles and particles that one record writes and another leaves out. */
    static final Set<String> OPTIONAL =
            Set.of("BIBI", "HAJI", "HAJJI", "MULLAH", "KHAN", "JAN", "AGHA", "SAHIB", "ENG", "DR")
                    .stream()
                    .map(NameFolding::spell)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The Arabic article, written as a word of its own (Nur ul Haq, Zia ur Rahman). */
    static final Set<String> ARTICLES =
            Set.of("UL", "AL", "EL", "UD", "UR", "US", "UZ", "UN", "UT").stream()
                    .map(NameFolding::spell)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final int MAX_UNIT = 3;

    static PersonName of(String familyName, String givenNames) {
        List<Word> words = new ArrayList<>();
        NameFolding.words(givenNames)
                .forEach(w -> words.add(new Word(w, NameFolding.spell(w), false)));
        NameFolding.words(familyName)
                .forEach(w -> words.add(new Word(w, NameFolding.spell(w), true)));
        return new PersonName(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            StringBuilder joined = new StringBuilder();
            for (int to = from + 1; to <= Math.min(words.size(), from + MAX_UNIT); to++) {
                Word last = words.get(to - 1);
                if (last.family() != words.get(from).family()) {
                    break;
                }
                joined.append(last.written());
                String spelling =
                        to == from + 1 ? last.spelling() : NameFolding.spell(joined.toString());
                units.add(new Unit(from, to, spelling, last.family()));
            }
        }
        return units;
    }

    /** The units' words as written, for a reason a coordinator reads. */
    String written(Unit unit) {
        StringBuilder s = new StringBuilder();
        for (int i = unit.from(); i < unit.to(); i++) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            String w = words.get(i).written();
            s.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.toString();
    }

    boolean optional(int word) {
        String spelling = words.get(word).spelling();
        return OPTIONAL.contains(spelling) || ARTICLES.contains(spelling);
    }

    /**
     * The consonant skeleton of a spelling, for blocking: vowels dropped, and the letters that come
     * and go with them (a V between vowels, an H after a vowel before a consonant), so that vowel
     * drift, diphthongs and silent letters do not change it (Fereshta/Freshta: FRSHT, Dawood/Daud:
     * DD, Nawroz/Nowruz: NRZ).
     */
    static String skeleton(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            boolean vowelBefore = i > 0 && NameFolding.isVowel(spelling.charAt(i - 1));
            boolean vowelAfter =
                    i + 1 < spelling.length() && NameFolding.isVowel(spelling.charAt(i + 1));
            boolean silent =
                    NameFolding.isVowel(c)
                            || (c == 'V' && vowelBefore && vowelAfter)
                            || (c == 'H' && vowelBefore && !vowelAfter);
            if (!silent && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
