package org.evac.infrastructure.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds Latin transliterations of Afghan (Dari and Pashto) names to one key, so that Mohammad,
 * Muhammad, Mohammed and Mohd, or Hussain, Hussein and Husain, compare equal. Used by duplicate
 * detection in the registry and by the family-name fingerprints that the registry and
 * flight-manifest both compute: changing it changes every fingerprint, so it is versioned by {@link
 * #VERSION}.
 *
 * <p>Per token: strip accents, upper-case; expand common abbreviations (MOHD, MD); collapse doubled
 * letters; unify letters that transliterations swap (Q/K, PH/F, W/V, GH/G, DH and ZH/Z, Y/I, EE/I,
 * OO and OU/U); drop a final H after a vowel (Abdullah/Abdulla); replace each run of vowels by one
 * {@code *}, because writers disagree on which vowel but rarely on where one is (Hassan and Hussain
 * stay apart only by DOB, Mahmood and Mohammad by vowel position). Tokens keep their order; {@link
 * #key} sorts them.
 */
public final class NameFolding {

    public static final int VERSION = 1;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z]+");
    private static final Map<String, String> ABBREVIATIONS =
            Map.of("MOHD", "MOHAMMAD", "MHD", "MOHAMMAD", "MD", "MOHAMMAD", "MOH", "MOHAMMAD");
    private static final String[][] LETTER_SWAPS = {
        {"PH", "F"},
        {"DJ", "J"},
        {"DH", "Z"},
        {"ZH", "Z"},
        {"GH", "G"},
        {"TH", "T"},
        {"Q", "K"},
        {"CK", "K"},
        {"W", "V"},
        {"X", "KS"},
        {"Y", "I"},
        {"EE", "I"},
        {"OO", "U"},
        {"OU", "U"}
    };

    private NameFolding() {}

    /** The folded tokens of a name, in their original order; empty for a blank name. */
    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("")
                        .toUpperCase(Locale.ROOT);
        List<String> folded = new ArrayList<>();
        for (String token : NOT_LETTER.split(plain)) {
            if (!token.isEmpty()) {
                folded.add(foldToken(ABBREVIATIONS.getOrDefault(token, token)));
            }
        }
        return folded;
    }

    /** The folded tokens sorted and joined by a space: word order and spacing no longer matter. */
    public static String key(String name) {
        String[] sorted = tokens(name).toArray(String[]::new);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    static String foldToken(String token) {
        String t = collapseDoubles(token);
        for (String[] swap : LETTER_SWAPS) {
            t = t.replace(swap[0], swap[1]);
        }
        if (t.length() > 2 && t.endsWith("H") && isVowel(t.charAt(t.length() - 2))) {
            t = t.substring(0, t.length() - 1);
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = isVowel(t.charAt(i)) ? '*' : t.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String collapseDoubles(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            if (i == 0 || token.charAt(i) != token.charAt(i - 1)) {
                out.append(token.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
    }
}
