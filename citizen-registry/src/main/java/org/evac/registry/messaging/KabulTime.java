package org.evac.registry.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the persons read them: in Kabul time (UTC+4:30, no daylight saving), with the
 * language's day and month names and Latin digits, which every handset shows and every keyboard
 * types.
 */
public final class KabulTime {

    public static final ZoneId KABUL = ZoneId.of("Asia/Kabul");

    private KabulTime() {}

    public static String format(Instant instant, String language) {
        String pattern =
                language.equals("en") ? "EEEE d MMMM yyyy, HH:mm" : "EEEE d MMMM yyyy، HH:mm";
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language))
                .format(instant.atZone(KABUL));
    }
}
