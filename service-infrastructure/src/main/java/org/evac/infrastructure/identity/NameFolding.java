package org.evac.infrastructure.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds Latin transliterations of Afghan (Dari and Pashto) names, so that Mohammad, Muhammad,
 * Mohammed and Mohd, or Hussain, Hussein and Husain, compare equal. Used by duplicate detection and
 * name search in the registry and by the family-name fingerprints that the registry and
 * flight-manifest both compute: changing a fold changes every fingerprint made with it, so each is
 * versioned, and the old one stays here while fingerprints made with it are still accepted.
 *
 * <p>Version 1 ({@link #tokens}, {@link #key}), per token: strip accents, upper-case; expand common
 * abbreviations (MOHD, MD); collapse doubled letters; unify letters that transliterations swap
 * (Q/K, PH/F, W/V, GH/G, DH and ZH/Z, Y/I, EE/I, OO and OU/U); drop a final H after a vowel
 * (Abdullah/Abdulla); replace each run of vowels by one {@code *}, because writers disagree on
 * which vowel but rarely on where one is (Hassan and Hussain stay apart only by DOB, Mahmood and
 * Mohammad by vowel position). Tokens keep their order; {@link #key} sorts them.
 *
 * <p>Version 2 ({@link #spell}, {@link #compoundKey}) keeps what version 1 does and adds: a name
 * written in several words is one compound (Ahmad Zai = Ahmadzai, Nur ul Haq = Nurulhaq), with the
 * article assimilated to a sun letter as it is spoken (Abdul Rahman = Abdurrahman, Zia ul Rahman =
 * Ziaurrahman); W after a vowel and before a consonant is the vowel of a diphthong (Nawroz = Nauroz
 * = Nowruz); the silent W of KHWA (Khwaja = Khaja); the variants of Sayed (Sayyid, Syed, Said) are
 * one. {@link #spell} keeps the vowels (O folded into U, E and I apart), for a similarity that
 * tolerates a vowel inserted or changed without becoming blind to vowels (Amir is not Omar).
 */
public final class NameFolding {

    /** The version of {@link #tokens} and {@link #key}. */
    public static final int VERSION = 1;

    /** The version of {@link #spell} and {@link #compoundKey}. */
    public static final int COMPOUND_VERSION = 2;

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

    /** Spellings of one name that the rules below cannot derive from each other. */
    private static final Map<String, String> ALIASES =
            Map.ofEntries(
                    Map.entry("MOHD", "MOHAMMAD"),
                    Map.entry("MHD", "MOHAMMAD"),
                    Map.entry("MD", "MOHAMMAD"),
                    Map.entry("MOH", "MOHAMMAD"),
                    Map.entry("SAYYID", "SAYED"),
                    Map.entry("SAYYED", "SAYED"),
                    Map.entry("SAYID", "SAYED"),
                    Map.entry("SYED", "SAYED"),
                    Map.entry("SEYED", "SAYED"),
                    Map.entry("SEYYED", "SAYED"),
                    Map.entry("SAIYID", "SAYED"),
                    Map.entry("SAID", "SAYED"));

    private static final Pattern ABDUL_BEFORE_SUN_LETTER = Pattern.compile("ABD[UO]L(?=[TDRZSNL])");
    private static final Pattern ARTICLE_BEFORE_SUN_LETTER =
            Pattern.compile("(?<=[AEIOUY])[UOAE]L(?=[TDRZSNL])");
    private static final Pattern KHWA = Pattern.compile("KHW(?=[AEIOU])");
    private static final Pattern DIPHTHONG_W = Pattern.compile("(?<=[AEIOU])W(?![AEIOUY])");
    private static final String[][] SPELLING_SWAPS = {
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
        {"EE", "I"},
        {"OO", "U"},
        {"OU", "U"},
        {"Y", "I"},
        {"O", "U"}
    };

    private NameFolding() {}

    /**
     * The upper-case Latin words of a name, accents stripped, without separators (Noor-ul-Haq is
     * NOOR, UL, HAQ); empty for a blank name.
     */
    public static List<String> words(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("")
                        .toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER.split(plain)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Version 2 spelling of one word or of several words joined (a compound): vowels kept, O as U,
     * E and I apart; every other letter folded as described above.
     */
    public static String spell(String words) {
        String t = ALIASES.getOrDefault(words, words);
        t = ABDUL_BEFORE_SUN_LETTER.matcher(t).replaceAll("ABDU");
        t = ARTICLE_BEFORE_SUN_LETTER.matcher(t).replaceAll("U");
        t = collapseDoubles(t);
        t = KHWA.matcher(t).replaceAll("KH");
        t = DIPHTHONG_W.matcher(t).replaceAll("U");
        for (String[] swap : SPELLING_SWAPS) {
            t = t.replace(swap[0], swap[1]);
        }
        t = collapseDoubles(t);
        if (t.length() > 2 && t.endsWith("H") && isVowel(t.charAt(t.length() - 2))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /**
     * The version 2 key of a name as one compound: its words joined in their order, spelled, each
     * run of vowels one {@code *} (Ahmad Zai and Ahmadzay: {@code *HM*DZ*}).
     */
    public static String compoundKey(String name) {
        String spelled = spell(String.join("", words(name)));
        StringBuilder out = new StringBuilder(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            char c = isVowel(spelled.charAt(i)) ? '*' : spelled.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The version 1 tokens of a name, in their original order; empty for a blank name. */
    public static List<String> tokens(String name) {
        return words(name).stream()
                .map(word -> foldToken(ABBREVIATIONS.getOrDefault(word, word)))
                .toList();
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

    public static boolean isVowel(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
    }
}
