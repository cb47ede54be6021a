package org.evac.registry.messaging.reply;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an SMS reply in English, Dari or Pashto, typed on any keyboard: Latin, Persian (۰-۹) or
 * Arabic-Indic (٠-٩) digits, Arabic or Persian forms of yeh and kaf, with or without diacritics and
 * punctuation. A reply is a keyword or a single digit, and optionally the six-digit reply code, in
 * either order ({@code 1 482913}, {@code ۴۸۲۹۱۳ بلی}, {@code YES}); {@code 1482913} reads as {@code
 * 1 482913}. Anything more (a sentence, two keywords) is left for a coordinator: a reply that says
 * more than yes or no may mean something else.
 */
public final class ReplyParser {

    private static final Set<String> YES =
            Set.of(
                    "yes", "y", "ok", "okay", "accept", "بلی", "بله", "آری", "اری", "قبول", "هو",
                    "هوکی", "هوکې", "منم");
    private static final Set<String> NO =
            Set.of("no", "n", "decline", "نه", "نخیر", "نا", "رد", "نامنظور");
    private static final Set<String> STOP =
            Set.of("stop", "stopall", "unsubscribe", "توقف", "لغو", "ودروه", "بند");
    private static final Set<String> START = Set.of("start", "unstop", "شروع", "پیل");

    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}،؛؟٫٬]+");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern CHOICE_AND_CODE = Pattern.compile("[1-9][0-9]{6}");

    private ReplyParser() {}

    public static ParsedReply parse(String text) {
        if (text == null) {
            return ParsedReply.unparsed();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(normalise(text))) {
            if (token.isEmpty()) {
                continue;
            }
            if (CHOICE_AND_CODE.matcher(token).matches()) {
                tokens.add(token.substring(0, 1));
                tokens.add(token.substring(1));
            } else {
                tokens.add(token);
            }
        }
        String code = null;
        ParsedReply word = null;
        for (String token : tokens) {
            if (CODE.matcher(token).matches() && code == null) {
                code = token;
                continue;
            }
            ParsedReply meaning = meaning(token);
            if (meaning == null || word != null) {
                return ParsedReply.unparsed();
            }
            word = meaning;
        }
        if (word == null) {
            return ParsedReply.unparsed();
        }
        return new ParsedReply(word.intent(), word.number(), code);
    }

    private static ParsedReply meaning(String token) {
        if (token.length() == 1 && token.charAt(0) >= '1' && token.charAt(0) <= '9') {
            return new ParsedReply(ParsedReply.Intent.NUMBER, token.charAt(0) - '0', null);
        }
        if (YES.contains(token)) {
            return new ParsedReply(ParsedReply.Intent.YES, null, null);
        }
        if (NO.contains(token)) {
            return new ParsedReply(ParsedReply.Intent.NO, null, null);
        }
        if (STOP.contains(token)) {
            return new ParsedReply(ParsedReply.Intent.STOP, null, null);
        }
        if (START.contains(token)) {
            return new ParsedReply(ParsedReply.Intent.START, null, null);
        }
        return null;
    }

    /**
     * Latin digits, Persian letter forms, no diacritics, tatweel or direction marks, lower case.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u064A' || c == '\u0649') {
                out.append('\u06CC');
            } else if (c == '\u0643') {
                out.append('\u06A9');
            } else if (c == '\u0640'
                    || (c >= '\u064B' && c <= '\u065F')
                    || c == '\u0670'
                    || (c >= '\u200B' && c <= '\u200F')
                    || c == '\u2066'
                    || c == '\u2067'
                    || c == '\u2068'
                    || c == '\u2069') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
