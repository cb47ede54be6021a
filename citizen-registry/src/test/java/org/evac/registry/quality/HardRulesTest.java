package org.evac.registry.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentType;
import org.evac.registry.person.Category;
import org.evac.registry.person.PersonRequest;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonRequest.DocumentInput;
import org.evac.registry.person.PersonRequest.Location;
import org.evac.registry.person.PersonRequest.QualifyingRelative;
import org.evac.registry.person.PersonRequest.Vulnerability;
import org.evac.registry.person.QualifyingRelationship;
import org.evac.registry.person.RegistryStatus;
import org.evac.registry.person.Sex;
import org.evac.registry.person.VulnerabilityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 8, 20);

    /** The ICAO 9303 specimen's zone, for a document numbered L898902C3. */
    private static final String SPECIMEN_MRZ =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Test
    void aCompleteRecordOfAUsCitizenPasses() {
        PersonRequest request =
                person().birthDate("1987-03")
                        .province("AF-KAB")
                        .vulnerabilities(
                                new Vulnerability(VulnerabilityKind.MEDICAL, null),
                                new Vulnerability(VulnerabilityKind.OTHER, "hearing aid"))
                        .documents(
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", "A12345678", null, null),
                                new DocumentInput(
                                        DocumentType.AFGHAN_TAZKIRA,
                                        "AFG",
                                        "1400-0101-12345",
                                        null,
                                        null))
                        .contacts(
                                new ContactInput(ContactKind.PHONE, "+93701234567"),
                                new ContactInput(ContactKind.WHATSAPP, "+12025550143"),
                                new ContactInput(ContactKind.TELEGRAM, "@ahmad_haidari"),
                                new ContactInput(ContactKind.EMAIL, "a.haidari@example.org"))
                        .build();

        assertThat(HardRules.check(request, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-08-20", "2021-08", "2021", "1900", "1900-01-01", " 1987-03-12 "})
    void aBirthDateUpToTodayAndFrom1900Passes(String birthDate) {
        assertThat(HardRules.check(person().birthDate(birthDate).build(), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-08-21", "2021-09", "2022", "9999"})
    void aBirthDateThatCannotHaveHappenedYetIsRejected(String birthDate) {
        assertThat(HardRules.check(person().birthDate(birthDate).build(), TODAY))
                .containsExactly(new FieldError("birthDate", "is in the future"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899", "1899-12-31", "0000"})
    void aBirthDateBefore1900IsRejected(String birthDate) {
        assertThat(HardRules.check(person().birthDate(birthDate).build(), TODAY))
                .containsExactly(new FieldError("birthDate", "is before 1900"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1987-02-29",
                "1987-13",
                "1987-04-31",
                "87-03-12",
                "12/03/1987",
                "1987-3-12",
                "1366-12-21 (solar hijri)",
                "۱۹۸۷"
            })
    void aBirthDateThatIsNoRealIsoDateIsRejected(String birthDate) {
        assertThat(HardRules.check(person().birthDate(birthDate).build(), TODAY))
                .containsExactly(
                        new FieldError(
                                "birthDate",
                                "is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @Test
    void anImmediateRelativeWithoutTheirCitizenOrResidentIsRejected() {
        PersonRequest request = person().category(Category.IMMEDIATE_RELATIVE).build();

        assertThat(HardRules.check(request, TODAY))
                .extracting(FieldError::field)
                .containsExactly("qualifyingRelative");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anImmediateRelativeNamingNoOneIsRejected(String name) {
        PersonRequest request =
                person().category(Category.IMMEDIATE_RELATIVE)
                        .relative(new QualifyingRelative(null, name, QualifyingRelationship.SPOUSE))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .extracting(FieldError::field)
                .containsExactly("qualifyingRelative");
    }

    @Test
    void anImmediateRelativeNamedOrLinkedToTheirCitizenPasses() {
        PersonRequest named =
                person().category(Category.IMMEDIATE_RELATIVE)
                        .relative(
                                new QualifyingRelative(
                                        null, "HAIDARI, AHMAD ZIA", QualifyingRelationship.PARENT))
                        .build();
        PersonRequest linked =
                person().category(Category.IMMEDIATE_RELATIVE)
                        .relative(
                                new QualifyingRelative(
                                        UUID.randomUUID(), null, QualifyingRelationship.SPOUSE))
                        .build();

        assertThat(HardRules.check(named, TODAY)).isEmpty();
        assertThat(HardRules.check(linked, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Category.class,
            names = {"US_CITIZEN", "LAWFUL_PERMANENT_RESIDENT", "FAMILY_NOT_ELIGIBLE"})
    void onlyAnImmediateRelativeNeedsAQualifyingRelative(Category category) {
        assertThat(HardRules.check(person().category(category).build(), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anOtherVulnerabilityNeedsANoteSayingWhatItIs(String note) {
        PersonRequest request =
                person().vulnerabilities(
                                new Vulnerability(VulnerabilityKind.MOBILITY, null),
                                new Vulnerability(VulnerabilityKind.OTHER, note))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(new FieldError("vulnerabilities[1].note", "OTHER needs a note"));
    }

    @Test
    void aVulnerabilityListedTwiceIsReportedWhereItRepeats() {
        PersonRequest request =
                person().vulnerabilities(
                                new Vulnerability(VulnerabilityKind.PREGNANCY, null),
                                null,
                                new Vulnerability(VulnerabilityKind.MEDICAL, "insulin"),
                                new Vulnerability(VulnerabilityKind.PREGNANCY, "8 months"))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(new FieldError("vulnerabilities[3].kind", "is listed twice"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AF-KAB", "AF-HER", "AF-BAL", "AF-PAN", "AF-NUR", "AF-KDZ"})
    void anAfghanProvinceCodePasses(String province) {
        assertThat(HardRules.check(person().province(province).build(), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KAB", "af-kab", "AF-KBL", "Kabul", "PK-IS", "AF-KAB ", ""})
    void anythingButAnAfghanProvinceCodeIsRejected(String province) {
        assertThat(HardRules.check(person().province(province).build(), TODAY))
                .extracting(FieldError::field)
                .containsExactly("location.province");
    }

    @Test
    void aLocationWithoutAProvincePasses() {
        PersonRequest request = person().location(new Location(null, "District 10", null)).build();

        assertThat(HardRules.check(request, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void anInactiveRecordNeedsAReason(String reason) {
        PersonRequest request = person().status(RegistryStatus.INACTIVE, reason).build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(
                        new FieldError("statusReason", "an INACTIVE record needs a reason"));
    }

    @Test
    void anInactiveRecordWithAReasonAndADepartedOneWithoutPass() {
        assertThat(
                        HardRules.check(
                                person().status(RegistryStatus.INACTIVE, "left by road to PAK")
                                        .build(),
                                TODAY))
                .isEmpty();
        assertThat(HardRules.check(person().status(RegistryStatus.DEPARTED, null).build(), TODAY))
                .isEmpty();
    }

    @Test
    void theSamePassportListedTwiceInAnotherSpellingIsRejected() {
        PersonRequest request =
                person().documents(
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", "A12345678", null, null),
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", "a1234-5678", null, null))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(
                        new FieldError("documents[1]", "the same document is listed twice"));
    }

    @Test
    void theSameNumberOnDocumentsOfDifferentTypesIsNoDuplicate() {
        PersonRequest request =
                person().documents(
                                new DocumentInput(
                                        DocumentType.OTHER, "PAK", "AB1234567", null, null),
                                new DocumentInput(
                                        DocumentType.OTHER, "IRN", "AB1234567", null, null),
                                new DocumentInput(
                                        DocumentType.CONSULAR_REPORT_OF_BIRTH_ABROAD,
                                        "USA",
                                        "AB1234567",
                                        null,
                                        null))
                        .build();

        assertThat(HardRules.check(request, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usa", "UTO", "US"})
    void aDocumentFromNoIsoCountryIsRejectedOnItsCountryAlone(String country) {
        PersonRequest request =
                person().documents(
                                new DocumentInput(
                                        DocumentType.US_PASSPORT,
                                        country,
                                        "not a number",
                                        null,
                                        null))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(
                        new FieldError(
                                "documents[0].issuingCountry",
                                "is not an ISO 3166-1 alpha-3 country code"));
    }

    @Test
    void anImplausibleNumberIsReportedOnTheDocumentItBelongsTo() {
        PersonRequest request =
                person().documents(
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", "A12345678", null, null),
                                new DocumentInput(
                                        DocumentType.AFGHAN_TAZKIRA, "AFG", "1234", null, null))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .containsExactly(
                        new FieldError("documents[1].number", "does not match 8 to 13 digits"));
    }

    @Test
    void aMachineReadableZoneMustCarryTheDocumentsNumberWithRightCheckDigits() {
        DocumentInput matching =
                new DocumentInput(DocumentType.OTHER, "NOR", "L898902C3", null, SPECIMEN_MRZ);
        DocumentInput other =
                new DocumentInput(
                        DocumentType.OTHER,
                        "SWE",
                        "L898902C4",
                        null,
                        SPECIMEN_MRZ.replace("7408122", "7408123"));

        assertThat(HardRules.check(person().documents(matching, other).build(), TODAY))
                .containsExactly(
                        new FieldError(
                                "documents[1].mrz", "check digit of the date of birth is wrong"),
                        new FieldError("documents[1].mrz", "check digit of the composite is wrong"),
                        new FieldError(
                                "documents[1].mrz",
                                "carries document number L898902C3, not the number given"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankMachineReadableZoneIsNoZone(String mrz) {
        PersonRequest request =
                person().documents(
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", "A12345678", null, mrz))
                        .build();

        assertThat(HardRules.check(request, TODAY)).isEmpty();
    }

    @Test
    void aDocumentMissingWhatBeanValidationRequiresIsLeftToIt() {
        PersonRequest request =
                person().documents(
                                new DocumentInput(null, "USA", "A12345678", null, null),
                                new DocumentInput(DocumentType.US_PASSPORT, null, "1", null, null),
                                new DocumentInput(
                                        DocumentType.US_PASSPORT, "USA", null, null, null))
                        .build();

        assertThat(HardRules.check(request, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PHONE, +93701234567",
        "SMS, +93799123456",
        "WHATSAPP, +12025550143",
        "SIGNAL, +1234567",
        "PHONE, +123456789012345",
        "TELEGRAM, +93701234567",
        "TELEGRAM, @ahmad_haidari",
        "TELEGRAM, @abcde",
        "EMAIL, a.haidari@example.org",
        "EMAIL, maryam+evac@mail.example.af"
    })
    void aReachableContactPasses(ContactKind kind, String value) {
        assertThat(HardRules.contact(new ContactInput(kind, value), "contacts[0].")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PHONE, 0701234567",
        "PHONE, 0093701234567",
        "PHONE, '+93 70 123 4567'",
        "PHONE, +93-70-123-4567",
        "PHONE, +0701234567",
        "PHONE, +123456",
        "PHONE, +1234567890123456",
        "SMS, +۹۳۷۰۱۲۳۴۵۶۷",
        "WHATSAPP, @ahmad_haidari",
        "SIGNAL, a.haidari@example.org"
    })
    void aNumberOutsideE164IsRejectedWithAnExample(ContactKind kind, String value) {
        assertThat(HardRules.contact(new ContactInput(kind, value), "contacts[2]."))
                .containsExactly(
                        new FieldError(
                                "contacts[2].value",
                                "must be an E.164 phone number such as +93701234567"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ahmad_haidari", "@abcd", "@ahmad-haidari", "@ahmad haidari", "t.me/ahmad"})
    void aTelegramContactNeedsANumberOrAUsername(String value) {
        assertThat(HardRules.contact(new ContactInput(ContactKind.TELEGRAM, value), ""))
                .containsExactly(
                        new FieldError("value", "must be an E.164 phone number or @username"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.haidari",
                "a.haidari@example",
                "@example.org",
                "a haidari@example.org",
                "a@@example.org",
                "a.haidari@example.org\r\nBcc: everyone@example.org"
            })
    void anEmailContactNeedsAnAddress(String value) {
        assertThat(HardRules.contact(new ContactInput(ContactKind.EMAIL, value), ""))
                .containsExactly(new FieldError("value", "must be an email address"));
    }

    @Test
    void aPhoneNumberFollowedByALineBreakIsRejected() {
        assertThat(HardRules.contact(new ContactInput(ContactKind.SMS, "+93701234567\n"), ""))
                .hasSize(1);
    }

    @Test
    void everyProblemOfARecordIsReportedAtOnce() {
        PersonRequest request =
                person().birthDate("2030")
                        .category(Category.IMMEDIATE_RELATIVE)
                        .province("AF-XXX")
                        .status(RegistryStatus.INACTIVE, null)
                        .contacts(
                                new ContactInput(ContactKind.PHONE, "+93701234567"),
                                new ContactInput(ContactKind.PHONE, "0701234567"))
                        .build();

        assertThat(HardRules.check(request, TODAY))
                .extracting(FieldError::field)
                .containsExactly(
                        "birthDate",
                        "qualifyingRelative",
                        "location.province",
                        "statusReason",
                        "contacts[1].value");
    }

    private static Person person() {
        return new Person();
    }

    /** A valid US citizen's request; each setter introduces what a test looks at. */
    private static final class Person {
        private String birthDate;
        private Category category = Category.US_CITIZEN;
        private QualifyingRelative relative;
        private List<Vulnerability> vulnerabilities;
        private Location location;
        private RegistryStatus status;
        private String statusReason;
        private List<DocumentInput> documents;
        private List<ContactInput> contacts;

        Person birthDate(String value) {
            birthDate = value;
            return this;
        }

        Person category(Category value) {
            category = value;
            return this;
        }

        Person relative(QualifyingRelative value) {
            relative = value;
            return this;
        }

        Person vulnerabilities(Vulnerability... values) {
            // Arrays.asList, not List.of: a list from JSON may hold a null
            vulnerabilities = new ArrayList<>(Arrays.asList(values));
            return this;
        }

        Person province(String value) {
            return location(new Location(value, null, null));
        }

        Person location(Location value) {
            location = value;
            return this;
        }

        Person status(RegistryStatus value, String reason) {
            status = value;
            statusReason = reason;
            return this;
        }

        Person documents(DocumentInput... values) {
            documents = List.of(values);
            return this;
        }

        Person contacts(ContactInput... values) {
            contacts = List.of(values);
            return this;
        }

        PersonRequest build() {
            return new PersonRequest(
                    "HAIDARI",
                    "AHMAD ZIA",
                    "احمد ضیا حیدری",
                    birthDate,
                    null,
                    Sex.MALE,
                    category,
                    relative,
                    null,
                    vulnerabilities,
                    location,
                    "fa-AF",
                    null,
                    status,
                    statusReason,
                    documents,
                    contacts,
                    null);
        }
    }
}
