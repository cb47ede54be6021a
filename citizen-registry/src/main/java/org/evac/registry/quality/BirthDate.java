package org.evac.registry.quality;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date of birth with the precision known: year, year-month or full date. */
public record BirthDate(int year, Integer month, Integer day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Empty when the text is not of the form YYYY, YYYY-MM or YYYY-MM-DD, or names a day that does
     * not exist.
     */
    public static Optional<BirthDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new BirthDate(year, month, day));
    }

    public boolean isFull() {
        return day != null;
    }

    /** The earliest day the person can have been born on. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** 1 January is what clerks type when only the year is known. */
    public boolean looksLikePlaceholder() {
        return isFull() && month == 1 && day == 1;
    }

    /**
     * Age reached by {@code on}, counting from the latest possible birthday (a partial date is not
     * held against a child).
     */
    public int ageOn(LocalDate on) {
        LocalDate latest =
                day != null
                        ? earliest()
                        : month != null
                                ? YearMonth.of(year, month).atEndOfMonth()
                                : LocalDate.of(year, 12, 31);
        return java.time.Period.between(latest, on).getYears();
    }

    /**
     * Whether two dates can describe the same birth: the less precise must be a prefix of the
     * other. A 1 January date counts only as its year when {@code placeholderAsYear}.
     */
    public boolean compatibleWith(BirthDate other, boolean placeholderAsYear) {
        BirthDate a =
                placeholderAsYear && looksLikePlaceholder()
                        ? new BirthDate(year, null, null)
                        : this;
        BirthDate b =
                placeholderAsYear && other.looksLikePlaceholder()
                        ? new BirthDate(other.year, null, null)
                        : other;
        return a.year == b.year
                && (a.month == null || b.month == null || a.month.equals(b.month))
                && (a.day == null || b.day == null || a.day.equals(b.day));
    }

    @Override
    public String toString() {
        return day != null
                ? String.format("%04d-%02d-%02d", year, month, day)
                : month != null
                        ? String.format("%04d-%02d", year, month)
                        : String.format("%04d", year);
    }
}
