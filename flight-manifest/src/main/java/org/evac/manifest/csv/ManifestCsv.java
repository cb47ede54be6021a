package org.evac.manifest.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.csv.CsvLine;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;
import org.evac.manifest.submission.SourceFormat;
import org.evac.manifest.submission.Submission;

/**
 * Manifests as RFC 4180 CSV in UTF-8: a header row naming the columns (any order; {@code
 * line_number} is written on output and ignored on input), then one row per passenger. Dates are
 * ISO; names in native script are kept as sent.
 */
public final class ManifestCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final List<String> COLUMNS =
            List.of(
                    "line_number",
                    "family_name",
                    "given_names",
                    "native_family_name",
                    "native_given_names",
                    "birth_date",
                    "sex",
                    "nationality",
                    "document_type",
                    "document_number",
                    "document_issuing_country",
                    "document_expiry",
                    "seat",
                    "booking_reference",
                    "person_id");
    private static final List<String> REQUIRED =
            List.of(
                    "family_name",
                    "birth_date",
                    "sex",
                    "nationality",
                    "document_type",
                    "document_number",
                    "document_issuing_country");

    private ManifestCsv() {}

    public static Submission parse(String text) {
        List<CsvRows.Row> rows =
                CsvRows.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw malformed(
                    1, "the upload is empty; expected the header row " + String.join(",", COLUMNS));
        }
        List<String> names = rows.get(0).fields();
        Map<String, Integer> columns = header(names);
        List<Passenger> passengers = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i).fields();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            int line = rows.get(i).line();
            if (row.size() != names.size()) {
                throw malformed(
                        line, "has " + row.size() + " fields, the header has " + names.size());
            }
            passengers.add(passenger(row, columns, line));
            locations.add("line " + line);
        }
        if (passengers.isEmpty()) {
            throw malformed(2, "no passenger rows after the header");
        }
        return new Submission(SourceFormat.CSV, passengers, locations);
    }

    /** Writes the passengers in order as lines 1, 2, ... (the numbering a revision stores). */
    public static String render(List<Passenger> passengers) {
        StringBuilder out = new StringBuilder();
        out.append(CsvLine.of(COLUMNS));
        for (int i = 0; i < passengers.size(); i++) {
            Passenger p = passengers.get(i);
            out.append(
                    CsvLine.of(
                            List.of(
                                    String.valueOf(i + 1),
                                    p.familyName(),
                                    text(p.givenNames()),
                                    text(p.nativeFamilyName()),
                                    text(p.nativeGivenNames()),
                                    p.birthDate(),
                                    p.sex().name(),
                                    p.nationality(),
                                    p.documentType(),
                                    p.documentNumber(),
                                    p.documentIssuingCountry(),
                                    text(p.documentExpiry()),
                                    text(p.seat()),
                                    text(p.bookingReference()),
                                    text(p.personId()))));
        }
        return out.toString();
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw malformed(
                        1,
                        "unknown column '"
                                + name
                                + "'; the columns are "
                                + String.join(",", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw malformed(1, "column '" + name + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw malformed(1, "required column '" + required + "' is missing");
            }
        }
        return columns;
    }

    private static Passenger passenger(List<String> row, Map<String, Integer> columns, int line) {
        Fields f = new Fields(row, columns, line);
        return new Passenger(
                f.text("family_name"),
                f.text("given_names"),
                f.text("native_family_name"),
                f.text("native_given_names"),
                f.text("birth_date"),
                f.sex(),
                f.text("nationality"),
                f.text("document_type"),
                f.text("document_number"),
                f.text("document_issuing_country"),
                f.date("document_expiry"),
                f.text("seat"),
                f.text("booking_reference"),
                f.uuid("person_id"));
    }

    private record Fields(List<String> row, Map<String, Integer> columns, int line) {

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = row.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        Sex sex() {
            String value = text("sex");
            try {
                return value == null ? null : Sex.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw malformed(line, "sex '" + value + "' is not F, M or X");
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw malformed(line, column + " '" + value + "' is not an ISO date (YYYY-MM-DD)");
            }
        }

        UUID uuid(String column) {
            String value = text(column);
            try {
                // UUID.fromString also reads shortened groups ("1-2-3-4-5", a copy missing a
                // digit) as some other id; JSON uploads take only the 36 characters, so must CSV
                if (value != null && value.length() != 36) {
                    throw new IllegalArgumentException(value);
                }
                return value == null ? null : UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw malformed(line, column + " '" + value + "' is not a UUID");
            }
        }
    }

    static ProblemException malformed(int line, String reason) {
        return new ProblemException(
                Problem.of(
                                400,
                                "malformed-csv",
                                "Malformed CSV manifest",
                                "line " + line + ": " + reason + "; nothing was stored")
                        .with("line", line));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
