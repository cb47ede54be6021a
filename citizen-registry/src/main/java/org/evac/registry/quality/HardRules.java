package org.evac.registry.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentNumbers;
import org.evac.registry.document.Mrz;
import org.evac.registry.person.Category;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.RegistryStatus;
import org.evac.registry.person.VulnerabilityKind;

/**
 * Data-quality gates that reject a record (400 with field errors): what no coordinator could act
 * on. Bean Validation covers presence and shape; these rules need to look at several fields or at
 * reference data.
 */
public final class HardRules {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TELEGRAM_USER = Pattern.compile("@[A-Za-z0-9_]{5,32}");
    private static final int OLDEST_YEAR = 1900;

    private HardRules() {}

    public static List<FieldError> check(PersonRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        birthDate(request.birthDate(), today, errors);
        if (request.category() == Category.IMMEDIATE_RELATIVE
                && (request.qualifyingRelative() == null
                        || (request.qualifyingRelative().personId() == null
                                && isBlank(request.qualifyingRelative().name())))) {
            errors.add(
                    new FieldError(
                            "qualifyingRelative",
                            "an IMMEDIATE_RELATIVE must name the US citizen or permanent resident they are related to"));
        }
        if (request.vulnerabilities() != null) {
            Set<VulnerabilityKind> seen = EnumSet.noneOf(VulnerabilityKind.class);
            for (int i = 0; i < request.vulnerabilities().size(); i++) {
                var v = request.vulnerabilities().get(i);
                if (v == null) {
                    continue;
                }
                if (v.kind() == VulnerabilityKind.OTHER && isBlank(v.note())) {
                    errors.add(
                            new FieldError(
                                    "vulnerabilities[" + i + "].note", "OTHER needs a note"));
                }
                if (v.kind() != null && !seen.add(v.kind())) {
                    errors.add(
                            new FieldError("vulnerabilities[" + i + "].kind", "is listed twice"));
                }
            }
        }
        if (request.location() != null
                && request.location().province() != null
                && !Provinces.CODES.contains(request.location().province())) {
            errors.add(
                    new FieldError(
                            "location.province",
                            "must be an ISO 3166-2:AF province code such as AF-KAB"));
        }
        if (request.status() == RegistryStatus.INACTIVE && isBlank(request.statusReason())) {
            errors.add(new FieldError("statusReason", "an INACTIVE record needs a reason"));
        }
        if (request.documents() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.documents().size(); i++) {
                DocumentInput d = request.documents().get(i);
                if (d != null) {
                    errors.addAll(document(d, "documents[" + i + "]."));
                    if (d.number() != null
                            && !seen.add(
                                    d.type()
                                            + "|"
                                            + d.issuingCountry()
                                            + "|"
                                            + DocumentNumbers.key(d.number()))) {
                        errors.add(
                                new FieldError(
                                        "documents[" + i + "]",
                                        "the same document is listed twice"));
                    }
                }
            }
        }
        if (request.contacts() != null) {
            for (int i = 0; i < request.contacts().size(); i++) {
                ContactInput c = request.contacts().get(i);
                if (c != null) {
                    errors.addAll(contact(c, "contacts[" + i + "]."));
                }
            }
        }
        return errors;
    }

    public static List<FieldError> document(DocumentInput d, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (d.type() == null || d.number() == null || d.issuingCountry() == null) {
            return errors;
        }
        if (!DocumentNumbers.isCountry(d.issuingCountry())) {
            errors.add(
                    new FieldError(
                            prefix + "issuingCountry",
                            "is not an ISO 3166-1 alpha-3 country code"));
            return errors;
        }
        DocumentNumbers.formatProblem(d.type(), d.issuingCountry(), d.number())
                .ifPresent(p -> errors.add(new FieldError(prefix + "number", p)));
        if (d.mrz() != null && !d.mrz().isBlank()) {
            Mrz.problems(d.mrz(), d.number())
                    .forEach(p -> errors.add(new FieldError(prefix + "mrz", p)));
        }
        return errors;
    }

    public static List<FieldError> contact(ContactInput c, String prefix) {
        if (c.kind() == null || c.value() == null) {
            return List.of();
        }
        boolean valid =
                switch (c.kind()) {
                    case PHONE, SMS, WHATSAPP, SIGNAL -> E164.matcher(c.value()).matches();
                    case TELEGRAM ->
                            E164.matcher(c.value()).matches()
                                    || TELEGRAM_USER.matcher(c.value()).matches();
                    case EMAIL -> EMAIL.matcher(c.value()).matches();
                };
        if (valid) {
            return List.of();
        }
        String expected =
                c.kind() == ContactKind.EMAIL
                        ? "an email address"
                        : c.kind() == ContactKind.TELEGRAM
                                ? "an E.164 phone number or @username"
                                : "an E.164 phone number such as +93701234567";
        return List.of(new FieldError(prefix + "value", "must be " + expected));
    }

    private static void birthDate(String text, LocalDate today, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        var parsed = BirthDate.parse(text);
        if (parsed.isEmpty()) {
            errors.add(
                    new FieldError(
                            "birthDate",
                            "is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
        } else if (parsed.get().earliest().isAfter(today)) {
            errors.add(new FieldError("birthDate", "is in the future"));
        } else if (parsed.get().year() < OLDEST_YEAR) {
            errors.add(new FieldError("birthDate", "is before " + OLDEST_YEAR));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
