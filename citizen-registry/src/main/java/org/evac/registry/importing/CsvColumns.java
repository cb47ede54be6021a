package org.evac.registry.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentType;
import org.evac.registry.person.Category;
import org.evac.registry.person.DepartureWish;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonRequest.Location;
import org.evac.registry.person.PersonRequest.QualifyingRelative;
import org.evac.registry.person.PersonRequest.Vulnerability;
import org.evac.registry.person.QualifyingRelationship;
import org.evac.registry.person.Sex;
import org.evac.registry.person.VulnerabilityKind;

/**
 * The documented CSV column set, shared by import and export. Only familyName, givenNames and
 * category are required; vulnerabilities are separated by ';' as KIND or KIND:note.
 */
public final class CsvColumns {

    public static final List<String> ALL =
            List.of(
                    "familyName",
                    "givenNames",
                    "nativeName",
                    "birthDate",
                    "birthDateEvidence",
                    "sex",
                    "category",
                    "qualifyingName",
                    "qualifyingRelationship",
                    "departureWish",
                    "province",
                    "district",
                    "preferredLanguage",
                    "phone",
                    "email",
                    "whatsapp",
                    "documentType",
                    "documentCountry",
                    "documentNumber",
                    "documentExpiry",
                    "vulnerabilities",
                    "sourceReference");
    public static final Set<String> REQUIRED = Set.of("familyName", "givenNames", "category");

    private CsvColumns() {}

    /** Thrown with the reason a row cannot be read as a person. */
    static final class RowException extends Exception {
        RowException(String message) {
            super(message);
        }
    }

    static PersonRequest toRequest(Map<String, String> row) throws RowException {
        List<DocumentInput> documents = new ArrayList<>();
        if (present(row, "documentNumber")) {
            documents.add(
                    new DocumentInput(
                            enumOf(DocumentType.class, row, "documentType"),
                            value(row, "documentCountry"),
                            value(row, "documentNumber"),
                            date(row, "documentExpiry"),
                            null));
        }
        List<ContactInput> contacts = new ArrayList<>();
        contact(contacts, row, "phone", ContactKind.PHONE);
        contact(contacts, row, "email", ContactKind.EMAIL);
        contact(contacts, row, "whatsapp", ContactKind.WHATSAPP);
        QualifyingRelative qualifying =
                present(row, "qualifyingName") || present(row, "qualifyingRelationship")
                        ? new QualifyingRelative(
                                null,
                                value(row, "qualifyingName"),
                                enumOf(QualifyingRelationship.class, row, "qualifyingRelationship"))
                        : null;
        Location location =
                present(row, "province") || present(row, "district")
                        ? new Location(value(row, "province"), value(row, "district"), null)
                        : null;
        return new PersonRequest(
                value(row, "familyName"),
                value(row, "givenNames"),
                value(row, "nativeName"),
                value(row, "birthDate"),
                value(row, "birthDateEvidence"),
                enumOf(Sex.class, row, "sex"),
                enumOf(Category.class, row, "category"),
                qualifying,
                enumOf(DepartureWish.class, row, "departureWish"),
                vulnerabilities(row),
                location,
                value(row, "preferredLanguage"),
                null,
                null,
                null,
                documents,
                contacts,
                null);
    }

    private static List<Vulnerability> vulnerabilities(Map<String, String> row)
            throws RowException {
        List<Vulnerability> result = new ArrayList<>();
        if (!present(row, "vulnerabilities")) {
            return result;
        }
        for (String item : row.get("vulnerabilities").split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split(":", 2);
            try {
                result.add(
                        new Vulnerability(
                                VulnerabilityKind.valueOf(
                                        parts[0].strip().toUpperCase(Locale.ROOT)),
                                parts.length > 1 ? parts[1].strip() : null));
            } catch (IllegalArgumentException e) {
                throw new RowException("vulnerabilities: unknown kind " + parts[0].strip());
            }
        }
        return result;
    }

    private static void contact(
            List<ContactInput> contacts, Map<String, String> row, String column, ContactKind kind) {
        if (present(row, column)) {
            contacts.add(new ContactInput(kind, value(row, column)));
        }
    }

    private static boolean present(Map<String, String> row, String column) {
        String value = row.get(column);
        return value != null && !value.isBlank();
    }

    private static String value(Map<String, String> row, String column) {
        return present(row, column) ? row.get(column).strip() : null;
    }

    private static LocalDate date(Map<String, String> row, String column) throws RowException {
        if (!present(row, column)) {
            return null;
        }
        try {
            return LocalDate.parse(value(row, column));
        } catch (java.time.format.DateTimeParseException e) {
            throw new RowException(column + ": not an ISO date");
        }
    }

    private static <E extends Enum<E>> E enumOf(
            Class<E> type, Map<String, String> row, String column) throws RowException {
        if (!present(row, column)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value(row, column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(column + ": unknown value " + value(row, column));
        }
    }
}
