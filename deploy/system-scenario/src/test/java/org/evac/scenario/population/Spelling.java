package org.evac.scenario.population;

import java.util.Locale;
import java.util.Random;

/** How another list spells the same name. */
public final class Spelling {

    private Spelling() {}

    /**
     * The same name as another list writes it: another vowel, a doubled or single letter, Q for K,
     * Y for I. These are the spellings that the registry and the operators' lists disagree on; the
     * registry's transliteration folding treats them as one name.
     */
    public static String variant(String name, long seed) {
        Random random = new Random(seed);
        String upper = name.toUpperCase(Locale.ROOT);
        String[][] rules = {
            {"OO", "U"},
            {"U", "OO"},
            {"EE", "I"},
            {"AI", "AY"},
            {"Q", "K"},
            {"MOHAMMAD", "MUHAMMAD"},
            {"HUSSAIN", "HUSSEIN"},
            {"YUSUF", "YOUSUF"},
            {"I", "EE"},
            {"A", "E"}
        };
        int first = random.nextInt(rules.length);
        for (int i = 0; i < rules.length; i++) {
            String[] rule = rules[(first + i) % rules.length];
            int at = upper.indexOf(rule[0], 1);
            if (at > 0) {
                String changed =
                        upper.substring(0, at) + rule[1] + upper.substring(at + rule[0].length());
                return sameCase(name, changed);
            }
        }
        return name.endsWith("I") ? name + "E" : name;
    }

    private static String sameCase(String original, String upper) {
        if (original.equals(original.toUpperCase(Locale.ROOT))) {
            return upper;
        }
        StringBuilder titled = new StringBuilder();
        for (String word : upper.split(" ")) {
            if (!titled.isEmpty()) {
                titled.append(' ');
            }
            titled.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return titled.toString();
    }
}
