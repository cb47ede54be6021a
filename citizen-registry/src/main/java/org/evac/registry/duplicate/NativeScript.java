package org.evac.registry.duplicate;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.List;

/**
 * Dari and Pashto names in Arabic script. {@link #normalise} makes the ways one name is typed
 * equal: Arabic and Persian yeh (and the Pashto yehs) and kaf, teh marbuta and heh, alef with hamza
 * or madda and bare alef, the zero-width non-joiner (and joiner) dropped, diacritics and tatweel
 * dropped, Persian and Arabic-Indic digits as ASCII. {@link #skeleton} transliterates to Latin
 * (ICU4J) and keeps the consonants, to compare a native name with a Latin one: Arabic script writes
 * no short vowels, so only consonants can agree.
 */
final class NativeScript {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

    private NativeScript() {}

    /** The name with one spelling of every letter and single spaces between words. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F')
                    || c == '\u0670'
                    || (c >= '\u06D6' && c <= '\u06ED')
                    || c == '\u0640'
                    || c == '\u200C'
                    || c == '\u200D') {
                continue;
            }
            out.append(
                    switch (c) {
                        case '\u064A', '\u0649', '\u06D0', '\u06CD', '\u0626' -> '\u06CC';
                        case '\u0643', '\u06AA' -> '\u06A9';
                        case '\u0629', '\u06C0', '\u06D5' -> '\u0647';
                        case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                        case '\u0624' -> '\u0648';
                        default -> {
                            if (c >= '\u06F0' && c <= '\u06F9') {
                                yield (char) ('0' + c - '\u06F0');
                            }
                            if (c >= '\u0660' && c <= '\u0669') {
                                yield (char) ('0' + c - '\u0660');
                            }
                            yield Character.isWhitespace(c) ? ' ' : c;
                        }
                    });
        }
        return out.toString().strip().replaceAll(" +", " ");
    }

    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /**
     * The consonants of a native name read in Latin, comparable with {@link #latinSkeleton}. The
     * letters Dari pronounces alike are read alike first (ض ظ ذ as z, ث ص as s, ط as t, ح as h).
     */
    static String skeleton(String normalised) {
        String dari =
                normalised
                        .replace(' ', '\u0000')
                        .replaceAll("[\u0636\u0638\u0630]", "\u0632")
                        .replaceAll("[\u062B\u0635]", "\u0633")
                        .replace('\u0637', '\u062A')
                        .replace('\u062D', '\u0647')
                        .replace("\u0000", "");
        return lossy(TO_LATIN.get().transliterate(dari));
    }

    /** The same consonants of a Latin name. */
    static String latinSkeleton(String latin) {
        return lossy(latin);
    }

    /**
     * Letters Arabic script and Latin transliterations both write for certain: no vowels, no W, V
     * or Y (in Arabic script the same letters as the long vowels), one letter per sound.
     */
    private static String lossy(String text) {
        String t =
                text.toUpperCase(java.util.Locale.ROOT)
                        .replaceAll("[^A-Z]", "")
                        .replace("GH", "G")
                        .replace("KH", "K")
                        .replace("Q", "K")
                        .replace("PH", "F")
                        .replace("DH", "Z")
                        .replaceAll("[AEIOUWVY]", "");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != t.charAt(i)) {
                out.append(t.charAt(i));
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == 'H') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Plain edit-distance similarity of two strings, 0 to 1. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(swap, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }
}
