package org.evac.manifest.paxlst;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;

/**
 * Writes a stored revision as one PAXLST message in the requested release, with the default UNA
 * service characters, upper-case Latin names (native script is not carried by PAXLST), the release
 * character before any service character inside a value, and CNT/UNT counts computed from what was
 * written. Times are UTC.
 */
public final class PaxlstRenderer {

    public static final String MEDIA_TYPE = "application/edifact";
    private static final DateTimeFormatter PREPARED = DateTimeFormatter.ofPattern("yyMMdd:HHmm");

    private final Syntax syntax = Syntax.DEFAULT;
    private final List<String> segments = new ArrayList<>();

    private PaxlstRenderer() {}

    /**
     * The passengers of revision {@code revision} of the flight, in order, as a message of {@code
     * release} (D02B or D05B) prepared at {@code preparedAt}.
     */
    public static String render(
            Flight flight,
            int revision,
            List<Passenger> passengers,
            String release,
            Instant preparedAt) {
        if (!PaxlstParser.RELEASES.contains(release.substring(1))) {
            throw new IllegalArgumentException("release " + release);
        }
        return new PaxlstRenderer()
                .write(flight, revision, passengers, release.substring(1), preparedAt);
    }

    private String write(
            Flight flight,
            int revision,
            List<Passenger> passengers,
            String release,
            Instant preparedAt) {
        // The id's random tail: a version 7 id starts with its creation time, which flights
        // scheduled within the same minute share.
        String id = flight.id.toString();
        String reference =
                (id.substring(id.length() - 8) + String.format("%04d", revision))
                        .toUpperCase(Locale.ROOT);
        String prepared = PREPARED.format(LocalDateTime.ofInstant(preparedAt, ZoneOffset.UTC));
        StringBuilder out = new StringBuilder(syntax.una()).append('\n');
        out.append(
                segment(
                        "UNB",
                        List.of("UNOA", "4"),
                        List.of(flight.operatorCode),
                        List.of("EVACAPIS"),
                        List.of(prepared.split(":")),
                        List.of(reference)));
        int first = segments.size();
        add("UNH", List.of("1"), List.of("PAXLST", "D", release, "UN", "IATA"));
        add("BGM", List.of("745"));
        add("TDT", List.of("20"), List.of(flight.flightNumber));
        add("LOC", List.of("125"), List.of(flight.originIata));
        add("DTM", List.of("189", instant(flight.scheduledDeparture), "203"));
        add("LOC", List.of("87"), List.of(flight.destinationIata));
        add("DTM", List.of("232", instant(flight.scheduledArrival), "203"));
        for (Passenger passenger : passengers) {
            passenger(passenger);
        }
        add("CNT", List.of("42", String.valueOf(passengers.size())));
        add("UNT", List.of(String.valueOf(segments.size() - first + 1)), List.of("1"));
        segments.subList(first, segments.size()).forEach(out::append);
        out.append(segment("UNZ", List.of("1"), List.of(reference)));
        return out.toString();
    }

    private void passenger(Passenger p) {
        List<String> name = new ArrayList<>();
        name.add(upper(p.familyName()));
        if (p.givenNames() != null) {
            name.add(upper(p.givenNames()));
        }
        add("NAD", List.of("FL"), List.of(), List.of(), name);
        add("ATT", List.of("2"), List.of(), List.of(p.sex() == Sex.X ? "U" : p.sex().name()));
        add("DTM", List.of(("329:" + PaxlstDates.render(p.birthDate())).split(":")));
        add("NAT", List.of("2"), List.of(p.nationality()));
        if (p.bookingReference() != null) {
            add("RFF", List.of("AVF", p.bookingReference()));
        }
        if (p.seat() != null) {
            add("RFF", List.of("SEA", p.seat()));
        }
        add("DOC", List.of(p.documentType(), "110", "111"), List.of(p.documentNumber()));
        if (p.documentExpiry() != null) {
            add(
                    "DTM",
                    List.of(
                            ("36:" + PaxlstDates.render(p.documentExpiry().toString()))
                                    .split(":")));
        }
        add("LOC", List.of("91"), List.of(p.documentIssuingCountry()));
    }

    private static String instant(Instant instant) {
        return PaxlstDates.render(instant).split(":")[0];
    }

    @SafeVarargs
    private void add(String tag, List<String>... elements) {
        segments.add(segment(tag, elements));
    }

    @SafeVarargs
    private String segment(String tag, List<String>... elements) {
        StringBuilder segment = new StringBuilder(tag);
        for (List<String> element : elements) {
            segment.append(syntax.element());
            for (int i = 0; i < element.size(); i++) {
                if (i > 0) {
                    segment.append(syntax.component());
                }
                escape(segment, element.get(i));
            }
        }
        return segment.append(syntax.terminator()).append('\n').toString();
    }

    private void escape(StringBuilder out, String value) {
        for (char c : value.toCharArray()) {
            if (syntax.isSpecial(c)) {
                out.append(syntax.release());
            }
            out.append(c);
        }
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
