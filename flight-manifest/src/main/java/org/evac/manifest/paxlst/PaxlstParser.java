package org.evac.manifest.paxlst;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;
import org.evac.manifest.submission.SourceFormat;
import org.evac.manifest.submission.Submission;

/**
 * Reads one UN/EDIFACT PAXLST message (releases D02B and D05B, the APIS passenger list): UNB,
 * optional UNG, UNH, BGM+745, the flight (TDT+20, LOC+125/87, DTM+189/232), one NAD+FL group per
 * passenger (ATT+2, DTM+329, NAT+2, RFF, DOC, DTM+36, LOC+91), CNT+42, UNT, optional UNE, UNZ.
 * Counts and references in CNT, UNT, UNE and UNZ must agree with the content. Segments the service
 * has no use for (GEI, FTX, COM of a passenger, LOC+178/179 ...) are accepted and skipped.
 */
public final class PaxlstParser {

    static final Set<String> RELEASES = Set.of("02B", "05B");

    private final List<Segment> segments;
    private final LocalDate today;
    private int next;

    private PaxlstParser(List<Segment> segments, LocalDate today) {
        this.segments = segments;
        this.today = today;
    }

    /** Parses a message; two-digit years are read relative to {@code today}. */
    public static PaxlstMessage parse(String text, LocalDate today) {
        return new PaxlstParser(EdifactReader.read(text), today).message();
    }

    private PaxlstMessage message() {
        Segment unb = expect("UNB");
        Segment ung = peek("UNG") ? take() : null;
        Segment unh = expect("UNH");
        String release = messageRelease(unh, ung);
        Segment bgm = expect("BGM");
        if (!bgm.value(0).equals("745")) {
            throw new PaxlstException(
                    bgm,
                    "document name code must be 745 (passenger list), not '" + bgm.value(0) + "'");
        }
        FlightHeader flight = new FlightHeader();
        while (next < segments.size() && !peek("NAD", "FL") && !peek("CNT") && !peek("UNT")) {
            flight.read(take());
        }
        List<Passenger> passengers = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        while (peek("NAD", "FL")) {
            Segment nad = take();
            locations.add(nad.where());
            passengers.add(passenger(nad));
        }
        Segment cnt = expect("CNT");
        if (!cnt.is("CNT", "42")) {
            throw new PaxlstException(
                    cnt,
                    "expected CNT+42 (total passengers), found qualifier '" + cnt.value(0) + "'");
        }
        if (!cnt.value(0, 1).equals(String.valueOf(passengers.size()))) {
            throw new PaxlstException(
                    cnt,
                    "CNT+42 declares "
                            + cnt.value(0, 1)
                            + " passengers but the message has "
                            + passengers.size());
        }
        Segment unt = expect("UNT");
        int counted = unt.position() - unh.position() + 1;
        if (!unt.value(0).equals(String.valueOf(counted))) {
            throw new PaxlstException(
                    unt,
                    "UNT declares " + unt.value(0) + " segments but UNH to UNT hold " + counted);
        }
        same(unt, unt.value(1), unh.value(0), "message reference");
        if (ung != null) {
            Segment une = expect("UNE");
            same(une, une.value(0), "1", "message count");
            same(une, une.value(1), ung.value(4), "group reference");
        }
        Segment unz = expect("UNZ");
        same(unz, unz.value(0), "1", "message/group count");
        same(unz, unz.value(1), unb.value(4), "interchange reference");
        if (next < segments.size()) {
            throw new PaxlstException(
                    segments.get(next), "content after UNZ; one interchange per upload");
        }
        flight.require(bgm);
        return new PaxlstMessage(
                release,
                flight.flightNumber,
                flight.origin,
                flight.departure,
                flight.destination,
                flight.arrival,
                new Submission(SourceFormat.PAXLST, flight.flightNumber, passengers, locations));
    }

    private static String messageRelease(Segment unh, Segment ung) {
        if (!unh.value(1, 0).equals("PAXLST")
                || !unh.value(1, 1).equals("D")
                || !RELEASES.contains(unh.value(1, 2))
                || !unh.value(1, 3).equals("UN")) {
            throw new PaxlstException(
                    unh,
                    "message identifier must be PAXLST:D:02B:UN or PAXLST:D:05B:UN, not '"
                            + String.join(
                                    ":",
                                    unh.elements().size() > 1 ? unh.elements().get(1) : List.of())
                            + "'");
        }
        if (ung != null && !ung.value(6, 1).isEmpty() && !ung.value(6, 1).equals(unh.value(1, 2))) {
            throw new PaxlstException(
                    ung,
                    "group release "
                            + ung.value(6, 1)
                            + " differs from UNH release "
                            + unh.value(1, 2));
        }
        return "D" + unh.value(1, 2);
    }

    private Passenger passenger(Segment nad) {
        String family = nad.value(3, 0);
        String given =
                String.join(
                                " ",
                                nad.elements().size() > 3
                                        ? nad.elements()
                                                .get(3)
                                                .subList(1, nad.elements().get(3).size())
                                        : List.of())
                        .strip();
        PassengerFields fields = new PassengerFields();
        while (next < segments.size() && !peek("NAD", "FL") && !peek("CNT") && !peek("UNT")) {
            fields.read(take());
        }
        return new Passenger(
                family.isEmpty() ? null : family,
                given.isEmpty() ? null : given,
                null,
                null,
                fields.birthDate,
                fields.sex,
                fields.nationality,
                fields.documentType,
                fields.documentNumber,
                fields.issuingCountry,
                fields.expiry,
                fields.seat,
                fields.booking,
                null);
    }

    private static final class FlightHeader {
        String flightNumber;
        String origin;
        String destination;
        Instant departure;
        Instant arrival;
        private String lastLocation = "";

        void read(Segment s) {
            if (s.is("TDT", "20")) {
                flightNumber = s.value(1);
            } else if (s.is("LOC", "125") || s.is("LOC", "87")) {
                lastLocation = s.value(0);
                if (lastLocation.equals("125")) {
                    origin = s.value(1);
                } else {
                    destination = s.value(1);
                }
            } else if (s.is("DTM", "189") && lastLocation.equals("125")) {
                departure = PaxlstDates.instant(s);
            } else if (s.is("DTM", "232") && lastLocation.equals("87")) {
                arrival = PaxlstDates.instant(s);
            } else if (s.tag().startsWith("UN")) {
                throw new PaxlstException(s, "service segment " + s.tag() + " inside the message");
            }
        }

        void require(Segment bgm) {
            if (flightNumber == null || flightNumber.isEmpty()) {
                throw new PaxlstException(
                        bgm, "the message has no TDT+20 segment naming the flight");
            }
        }
    }

    private final class PassengerFields {
        String birthDate;
        Sex sex;
        String nationality;
        String documentType;
        String documentNumber;
        String issuingCountry;
        LocalDate expiry;
        String seat;
        String booking;

        void read(Segment s) {
            if (s.is("ATT", "2")) {
                sex = sex(s);
            } else if (s.is("DTM", "329")) {
                birthDate = PaxlstDates.isoDate(s, true, today);
            } else if (s.is("NAT", "2")) {
                nationality = s.value(1);
            } else if (s.is("RFF", "AVF")) {
                booking = s.value(0, 1);
            } else if (s.is("RFF", "SEA")) {
                seat = s.value(0, 1);
            } else if (s.tag().equals("DOC")) {
                documentType = s.value(0);
                documentNumber = s.value(1);
            } else if (s.is("DTM", "36")) {
                String date = PaxlstDates.isoDate(s, false, today);
                if (date.length() != 10) {
                    throw new PaxlstException(s, "document expiry needs a full date");
                }
                expiry = LocalDate.parse(date);
            } else if (s.is("LOC", "91")) {
                issuingCountry = s.value(1);
            } else if (s.tag().startsWith("UN")) {
                throw new PaxlstException(
                        s, "service segment " + s.tag() + " inside a passenger group");
            }
        }

        private static Sex sex(Segment s) {
            return switch (s.value(2).toUpperCase(Locale.ROOT)) {
                case "M" -> Sex.M;
                case "F" -> Sex.F;
                case "U", "X" -> Sex.X;
                default ->
                        throw new PaxlstException(s, "sex '" + s.value(2) + "' is not M, F or U");
            };
        }
    }

    private void same(Segment s, String actual, String expected, String what) {
        if (!actual.equals(expected)) {
            throw new PaxlstException(
                    s, what + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    private Segment expect(String tag) {
        if (next >= segments.size()) {
            Segment last = segments.get(segments.size() - 1);
            throw new PaxlstException(
                    tag, last.position() + 1, last.line(), "missing " + tag + " segment");
        }
        Segment segment = segments.get(next);
        if (!segment.tag().equals(tag)) {
            throw new PaxlstException(segment, "expected " + tag + ", found " + segment.tag());
        }
        next++;
        return segment;
    }

    private Segment take() {
        return segments.get(next++);
    }

    private boolean peek(String tag) {
        return next < segments.size() && segments.get(next).tag().equals(tag);
    }

    private boolean peek(String tag, String qualifier) {
        return next < segments.size() && segments.get(next).is(tag, qualifier);
    }
}
