package org.evac.registry.duplicate;

import org.evac.infrastructure.identity.NameFolding;

/**
 * How alike two spellings ({@link NameFolding#spell}) are, from 0 to 1: one minus a weighted edit
 * distance over the longer length. The weights encode how transliterations of one Dari or Pashto
 * name differ, and how names that are different differ:
 *
 * <ul>
 *   <li>A vowel dropped or inserted inside a word is cheap (Fereshta/Freshta, Feroz/Frooz: 0.4), as
 *       is a vowel next to another vowel anywhere (Rezaie/Rezai). A vowel added after a final
 *       consonant is a whole edit and makes the word another name (Farid/Farida, Sultan/Sultani):
 *       such a pair scores at most {@link #SUFFIX_CAP}.
 *   <li>Vowels that writers swap are near (E/I 0.2, A/E 0.3); A, I and U for one another are far
 *       (0.75, less than dropping one vowel and inserting another), so a name with the same
 *       consonants but other vowels stays another name (Amir is not Omar, Hasan is not Husain,
 *       Jawad is not Javid).
 *   <li>V for a U beside a vowel, or a V dropped between vowels, is a diphthong written two ways
 *       (Fawad/Fauad 0.25, Dawood/Daud 0.5). K for G is near (0.4: Agha/Aqa, one letter of Arabic
 *       script heard two ways), S/Z, T/D and P/B less so (0.6); other consonants count whole (an H
 *       0.6).
 * </ul>
 */
final class NameSimilarity {

    /** Below this, two words are different names. */
    static final double SAME_NAME = 0.86;

    static final double SUFFIX_CAP = 0.5;

    private NameSimilarity() {}

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (isVowelSuffixOf(a, b) || isVowelSuffixOf(b, a)) {
            return SUFFIX_CAP;
        }
        int n = a.length();
        int m = b.length();
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + dropCost(b, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            current[0] = previous[0] + dropCost(a, i - 1);
            for (int j = 1; j <= m; j++) {
                current[j] =
                        Math.min(
                                previous[j - 1] + swapCost(a.charAt(i - 1), b.charAt(j - 1)),
                                Math.min(
                                        previous[j] + dropCost(a, i - 1),
                                        current[j - 1] + dropCost(b, j - 1)));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0.0, 1.0 - previous[m] / Math.max(n, m));
    }

    /** {@code longer} is {@code shorter}, which ends in a consonant, and one more vowel. */
    private static boolean isVowelSuffixOf(String shorter, String longer) {
        return longer.length() == shorter.length() + 1
                && longer.startsWith(shorter)
                && !NameFolding.isVowel(shorter.charAt(shorter.length() - 1))
                && NameFolding.isVowel(longer.charAt(longer.length() - 1));
    }

    private static double dropCost(String s, int i) {
        char c = s.charAt(i);
        boolean vowelBefore = i > 0 && NameFolding.isVowel(s.charAt(i - 1));
        boolean vowelAfter = i + 1 < s.length() && NameFolding.isVowel(s.charAt(i + 1));
        if (NameFolding.isVowel(c)) {
            boolean inside = i > 0 && i + 1 < s.length();
            return inside || vowelBefore || vowelAfter ? 0.4 : 1.0;
        }
        if (c == 'V' && vowelBefore && vowelAfter) {
            return 0.5;
        }
        return c == 'H' ? 0.6 : 1.0;
    }

    private static double swapCost(char x, char y) {
        if (x == y) {
            return 0.0;
        }
        boolean vx = NameFolding.isVowel(x);
        boolean vy = NameFolding.isVowel(y);
        if (vx && vy) {
            return near(x, y, 'E', 'I') ? 0.2 : near(x, y, 'A', 'E') ? 0.3 : 0.75;
        }
        if (near(x, y, 'V', 'U')) {
            return 0.25;
        }
        if (vx || vy) {
            return 1.0;
        }
        if (near(x, y, 'K', 'G')) {
            return 0.4;
        }
        return near(x, y, 'S', 'Z') || near(x, y, 'T', 'D') || near(x, y, 'P', 'B') ? 0.6 : 1.0;
    }

    private static boolean near(char x, char y, char one, char other) {
        return (x == one && y == other) || (x == other && y == one);
    }
}
