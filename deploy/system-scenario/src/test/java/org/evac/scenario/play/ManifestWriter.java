package org.evac.scenario.play;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.evac.client.manifest.model.Flight;
import org.evac.client.manifest.model.Passenger;

/**
 * A manifest as an airline's own system writes it, from the passengers the operator will carry: the
 * CSV columns of the upload, or a UN/EDIFACT PAXLST message (D05B in an interchange with a
 * functional group, or D02B without).
 */
final class ManifestWriter {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private ManifestWriter() {}

    static String csv(List<Passenger> passengers) {
        StringBuilder csv =
                new StringBuilder(
                        "family_name,given_names,native_family_name,native_given_names,birth_date,"
                                + "sex,nationality,document_type,document_number,"
                                + "document_issuing_country,document_expiry,seat,booking_reference"
                                + "\r\n");
        for (Passenger p : passengers) {
            csv.append(
                            List.of(
                                            p.getFamilyName(),
                                            orEmpty(p.getGivenNames()),
                                            orEmpty(p.getNativeFamilyName()),
                                            orEmpty(p.getNativeGivenNames()),
                                            p.getBirthDate(),
                                            p.getSex().getValue(),
                                            p.getNationality(),
                                            p.getDocumentType(),
                                            p.getDocumentNumber(),
                                            p.getDocumentIssuingCountry(),
                                            p.getDocumentExpiry() == null
                                                    ? ""
                                                    : p.getDocumentExpiry().toString(),
                                            orEmpty(p.getSeat()),
                                            orEmpty(p.getBookingReference()))
                                    .stream()
                                    .map(ManifestWriter::csvCell)
                                    .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** A PAXLST message for {@code flight}; D05B wraps it in a UNG/UNE functional group. */
    static String paxlst(Flight flight, List<Passenger> passengers, boolean d05b) {
        String release = d05b ? "05B" : "02B";
        String prepared = OffsetDateTime.now(ZoneOffset.UTC).format(MINUTE);
        String date = prepared.substring(0, 6);
        String time = prepared.substring(6);
        String interchange = "EVAC" + flight.getFlightNumber();
        List<String> message = new ArrayList<>();
        message.add(
                "UNH+PAX001+PAXLST:D:"
                        + release
                        + ":UN:IATA+"
                        + flight.getFlightNumber()
                        + "/"
                        + utc(flight.getScheduledDeparture())
                        + "+01:F");
        message.add("BGM+745");
        message.add("NAD+MS+++OPERATIONS CONTROL DOHA");
        message.add("TDT+20+" + flight.getFlightNumber() + "+++" + flight.getOperatorCode());
        message.add("LOC+125+" + flight.getOriginIata());
        message.add("DTM+189:" + utc(flight.getScheduledDeparture()) + ":201");
        message.add("LOC+87+" + flight.getDestinationIata());
        message.add("DTM+232:" + utc(flight.getScheduledArrival()) + ":201");
        for (Passenger p : passengers) {
            message.add(
                    "NAD+FL+++"
                            + escape(p.getFamilyName())
                            + (p.getGivenNames() == null ? "" : ":" + escape(p.getGivenNames())));
            message.add("ATT+2++" + p.getSex().getValue());
            message.add("DTM+329:" + LocalDate.parse(p.getBirthDate()).format(DAY) + ":102");
            message.add("NAT+2+" + p.getNationality());
            if (p.getSeat() != null) {
                message.add("RFF+SEA:" + p.getSeat());
            }
            message.add("DOC+" + p.getDocumentType() + ":110:111+" + p.getDocumentNumber());
            if (p.getDocumentExpiry() != null) {
                message.add("DTM+36:" + p.getDocumentExpiry().format(DAY) + ":102");
            }
            message.add("LOC+91+" + p.getDocumentIssuingCountry());
        }
        message.add("CNT+42:" + passengers.size());
        message.add("UNT+" + (message.size() + 1) + "+PAX001");
        StringBuilder out = new StringBuilder("UNA:+.? '\n");
        out.append("UNB+UNOA:4+")
                .append(flight.getOperatorCode())
                .append("+QATAPIS+")
                .append(date)
                .append(':')
                .append(time)
                .append('+')
                .append(interchange)
                .append("'\n");
        if (d05b) {
            out.append("UNG+PAXLST+")
                    .append(flight.getOperatorCode())
                    .append("+QATAPIS+")
                    .append(date)
                    .append(':')
                    .append(time)
                    .append("+1+UN+D:05B'\n");
        }
        message.forEach(segment -> out.append(segment).append("'\n"));
        if (d05b) {
            out.append("UNE+1+1'\n");
        }
        out.append("UNZ+1+").append(interchange).append("'\n");
        return out.toString();
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTE);
    }

    /** The release character before each service character, as in O?'BRIEN. */
    private static String escape(String value) {
        return value.replace("?", "??").replace("'", "?'").replace("+", "?+").replace(":", "?:");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }
}
