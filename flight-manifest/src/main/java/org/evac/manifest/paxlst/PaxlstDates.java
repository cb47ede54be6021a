package org.evac.manifest.paxlst;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** EDIFACT date formats (code list 2379) used by PAXLST: 101, 102, 201, 203, 602 and 610. */
final class PaxlstDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmm");

    private PaxlstDates() {}

    /**
     * A birth or expiry date as an ISO date with the precision given; two-digit years pivot on
     * today.
     */
    static String isoDate(Segment dtm, boolean past, LocalDate today) {
        String value = dtm.value(0, 1);
        String format = dtm.value(0, 2);
        try {
            return switch (format.isEmpty() ? defaultFormat(value.length()) : format) {
                case "101" ->
                        LocalDate.parse(
                                        century(value.substring(0, 2), past, today) + value,
                                        DateTimeFormatter.BASIC_ISO_DATE)
                                .toString();
                case "102" -> LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).toString();
                case "602" -> Year.parse(value).toString();
                case "610" -> value.substring(0, 4) + "-" + month(value.substring(4));
                default ->
                        throw new PaxlstException(dtm, "unsupported date format '" + format + "'");
            };
        } catch (DateTimeParseException
                | StringIndexOutOfBoundsException
                | NumberFormatException e) {
            throw new PaxlstException(dtm, "'" + value + "' is not a date in format " + format);
        }
    }

    /** A date and time (formats 201, 203), read as UTC; a two-digit year is this century's. */
    static Instant instant(Segment dtm) {
        String value = dtm.value(0, 1);
        String format = dtm.value(0, 2);
        try {
            String full =
                    switch (format.isEmpty() ? (value.length() == 10 ? "201" : "203") : format) {
                        case "201" -> "20" + value;
                        case "203" -> value;
                        default ->
                                throw new PaxlstException(
                                        dtm, "unsupported date/time format '" + format + "'");
                    };
            return LocalDateTime.parse(full, DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException
                | StringIndexOutOfBoundsException
                | NumberFormatException e) {
            throw new PaxlstException(
                    dtm, "'" + value + "' is not a date/time in format " + format);
        }
    }

    /** Renders an ISO date of any precision as {@code value:format}. */
    static String render(String isoDate) {
        return switch (isoDate.length()) {
            case 4 -> isoDate + ":602";
            case 7 -> isoDate.replace("-", "") + ":610";
            default -> isoDate.replace("-", "") + ":102";
        };
    }

    static String render(Instant instant) {
        return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + ":203";
    }

    private static String defaultFormat(int length) {
        return switch (length) {
            case 6 -> "101";
            case 4 -> "602";
            default -> "102";
        };
    }

    private static String month(String mm) {
        int month = Integer.parseInt(mm);
        if (mm.length() != 2 || month < 1 || month > 12) {
            throw new DateTimeParseException("month", mm, 0);
        }
        return mm;
    }

    private static String century(String yy, boolean past, LocalDate today) {
        int twoDigits = Integer.parseInt(yy);
        int thisYear = today.getYear() % 100;
        return past && twoDigits > thisYear ? "19" : "20";
    }
}
