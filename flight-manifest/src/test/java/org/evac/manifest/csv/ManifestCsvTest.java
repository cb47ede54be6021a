package org.evac.manifest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;
import org.evac.manifest.submission.SourceFormat;
import org.evac.manifest.submission.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestCsvTest {

    private static final String HEADER =
            "family_name,given_names,native_family_name,native_given_names,birth_date,sex,"
                    + "nationality,document_type,document_number,document_issuing_country,"
                    + "document_expiry,seat,booking_reference,person_id";
    private static final String PERSON_ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static final String HAIDARI_ROW =
            "HAIDARI,AHMAD ZIA,حیدری,\"احمد, ضیا\",1985-03-12,M,AFG,P,P01234567,AFG,2027-03-15,"
                    + "12A,EVAC42,"
                    + PERSON_ID;
    private static final Passenger HAIDARI =
            new Passenger(
                    "HAIDARI",
                    "AHMAD ZIA",
                    "حیدری",
                    "احمد, ضیا",
                    "1985-03-12",
                    Sex.M,
                    "AFG",
                    "P",
                    "P01234567",
                    "AFG",
                    LocalDate.of(2027, 3, 15),
                    "12A",
                    "EVAC42",
                    UUID.fromString(PERSON_ID));
    private static final Passenger KARIMI =
            new Passenger(
                    "KARIMI",
                    null,
                    null,
                    null,
                    "1990",
                    Sex.F,
                    "AFG",
                    "I",
                    "1400010112345",
                    "AFG",
                    null,
                    null,
                    null,
                    null);

    @Test
    void readsEveryColumnOfAPassengerAndNamesWhereItCameFrom() {
        Submission submission = ManifestCsv.parse(HEADER + "\r\n" + HAIDARI_ROW + "\r\n");

        assertThat(submission.format()).isEqualTo(SourceFormat.CSV);
        assertThat(submission.flightNumber()).isNull();
        assertThat(submission.passengers()).containsExactly(HAIDARI);
        assertThat(submission.locations()).containsExactly("line 2");
    }

    @Test
    void takesTheColumnsInAnyOrderAndSpellingWithOnlyTheRequiredOnes() {
        String csv =
                " Document_Number ,family_name,SEX,birth_date,nationality,document_type,"
                        + "document_issuing_country\n"
                        + "1400010112345,KARIMI,f,1990,AFG,I,AFG\n";

        assertThat(ManifestCsv.parse(csv).passengers()).containsExactly(KARIMI);
    }

    @Test
    void valuesAreStrippedAndAnEmptyValueIsNoValue() {
        String csv = HEADER + "\n" + " KARIMI ,  ,,, 1990 ,F ,AFG,I, 1400010112345,AFG, , ,,\n";

        assertThat(ManifestCsv.parse(csv).passengers()).containsExactly(KARIMI);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        assertThat(ManifestCsv.parse("\uFEFF" + HEADER + "\r\n" + HAIDARI_ROW).passengers())
                .containsExactly(HAIDARI);
    }

    @Test
    void theLineNumberColumnOfADownloadedRevisionIsIgnored() {
        String csv = "line_number," + HEADER + "\r\n7," + HAIDARI_ROW + "\r\n";

        assertThat(ManifestCsv.parse(csv).passengers()).containsExactly(HAIDARI);
    }

    @Test
    void blankLinesAreSkippedAndTheRowsKeepTheirLineNumbers() {
        String csv =
                HEADER
                        + "\n\n"
                        + HAIDARI_ROW
                        + "\r\n   \r\n"
                        + "KARIMI,,,,1990,F,AFG,I,1400010112345,AFG,,,,"
                        + "\n\n\n";

        Submission submission = ManifestCsv.parse(csv);

        assertThat(submission.passengers()).containsExactly(HAIDARI, KARIMI);
        assertThat(submission.locations()).containsExactly("line 3", "line 5");
    }

    @Test
    void aRowAfterALineBreakInsideQuotesIsNamedByTheLineItStartsOn() {
        String csv =
                HEADER
                        + "\n"
                        + "HAIDARI,AHMAD ZIA,,\"احمد\nضیا\",1985-03-12,M,AFG,P,P01234567,AFG,,,,\n"
                        + "KARIMI,,,,1990,F,AFG,I,1400010112345,AFG,,,,\n";

        assertThat(ManifestCsv.parse(csv).locations()).containsExactly("line 2", "line 4");
    }

    @Test
    void aBadValueAfterALineBreakInsideQuotesIsReportedOnItsOwnLine() {
        String csv =
                HEADER
                        + "\n"
                        + "HAIDARI,AHMAD ZIA,,\"احمد\nضیا\",1985-03-12,M,AFG,P,P01234567,AFG,,,,\n"
                        + "KARIMI,,,,1990,Q,AFG,I,1400010112345,AFG,,,,\n";

        assertRejected(csv, 4, "sex 'Q' is not F, M or X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF"})
    void anEmptyUploadIsRejectedNamingTheHeaderExpected(String csv) {
        assertRejected(
                csv,
                1,
                "the upload is empty; expected the header row "
                        + String.join(",", ManifestCsv.COLUMNS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\r\n", "\n\n  \n"})
    void aHeaderWithoutPassengersIsRejected(String after) {
        assertRejected(HEADER + after, 2, "no passenger rows after the header");
    }

    @Test
    void anUnknownColumnIsRejectedListingTheKnownOnes() {
        assertRejected(
                HEADER.replace("given_names", "first_name") + "\n" + HAIDARI_ROW,
                1,
                "unknown column 'first_name'; the columns are "
                        + String.join(",", ManifestCsv.COLUMNS));
    }

    @Test
    void aTrailingSeparatorInTheHeaderIsAnUnknownColumn() {
        assertRejected(
                HEADER + ",\n" + HAIDARI_ROW + ",\n",
                1,
                "unknown column ''; the columns are " + String.join(",", ManifestCsv.COLUMNS));
    }

    @Test
    void aColumnNamedTwiceInAnySpellingIsRejected() {
        assertRejected(
                HEADER + ", SEAT\n" + HAIDARI_ROW + ",14C\n", 1, "column 'seat' appears twice");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "family_name",
                "birth_date",
                "sex",
                "nationality",
                "document_type",
                "document_number",
                "document_issuing_country"
            })
    void aMissingRequiredColumnIsRejected(String column) {
        String header =
                String.join(
                        ",", ManifestCsv.COLUMNS.stream().filter(c -> !c.equals(column)).toList());

        assertRejected(header + "\n", 1, "required column '" + column + "' is missing");
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderIsRejected() {
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW + "\n" + "KARIMI,,,,1990,F,AFG,I,1400010112345,AFG\n",
                3,
                "has 10 fields, the header has 14");
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW + ",extra\n", 2, "has 15 fields, the header has 14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MALE", "female", "U", "0"})
    void aSexOtherThanFMOrXIsRejected(String sex) {
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW.replace(",M,", "," + sex + ","),
                2,
                "sex '" + sex + "' is not F, M or X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/03/2027", "2027-3-15", "2027-02-30", "2027"})
    void anExpiryThatIsNoIsoDateIsRejected(String expiry) {
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW.replace("2027-03-15", expiry),
                2,
                "document_expiry '" + expiry + "' is not an ISO date (YYYY-MM-DD)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-uuid",
                "3f2504e04f8911d39a0c0305e82c3301",
                // UUID.fromString reads these as other ids: a truncated copy would name someone
                // else, where the JSON upload of the same id is refused
                "3f2504e0-4f89-11d3-9a0c-0305e82c330",
                "1-2-3-4-5"
            })
    void aPersonIdThatIsNotAWholeUuidIsRejected(String personId) {
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW.replace(PERSON_ID, personId),
                2,
                "person_id '" + personId + "' is not a UUID");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsRejectedAtItsLine() {
        assertRejected(
                HEADER + "\n" + HAIDARI_ROW + "\nKA\"RIMI,,,,1990,F,AFG,I,1400010112345,AFG,,,,\n",
                3,
                "a quote inside an unquoted field");
    }

    @Test
    void aQuoteLeftOpenIsRejectedAtTheLineWhereItOpens() {
        assertRejected(
                HEADER
                        + "\n"
                        + "HAIDARI,\"AHMAD ZIA,,,1985-03-12,M,AFG,P,P01234567,AFG,,,,\n"
                        + "KARIMI,,,,1990,F,AFG,I,1400010112345,AFG,,,,\n",
                2,
                "a quoted field is not closed");
    }

    @Test
    void rendersTheHeaderThenThePassengersNumberedFromOne() {
        String csv = ManifestCsv.render(List.of(HAIDARI, KARIMI));

        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        String.join(",", ManifestCsv.COLUMNS),
                        "1," + HAIDARI_ROW,
                        "2,KARIMI,,,,1990,F,AFG,I,1400010112345,AFG,,,,",
                        "");
    }

    @Test
    void aRenderedRevisionReadsBackAsTheSamePassengers() {
        Passenger quoted =
                new Passenger(
                        "O'NEIL",
                        "MARY ANN",
                        "\"Mary\", Ann",
                        "first line\nsecond line",
                        "1965-12",
                        Sex.X,
                        "USA",
                        "P",
                        "123456789",
                        "USA",
                        LocalDate.of(2030, 1, 31),
                        "3C",
                        null,
                        UUID.randomUUID());
        List<Passenger> passengers = List.of(HAIDARI, quoted, KARIMI);

        assertThat(ManifestCsv.parse(ManifestCsv.render(passengers)).passengers())
                .isEqualTo(passengers);
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsRenderedAsText() {
        Passenger hostile =
                new Passenger(
                        "=HYPERLINK(\"http://evil.example\")",
                        "@SUM(A1)",
                        null,
                        null,
                        "1990",
                        Sex.F,
                        "AFG",
                        "I",
                        "1400010112345",
                        "AFG",
                        null,
                        null,
                        "+CMD",
                        null);

        assertThat(ManifestCsv.render(List.of(hostile)).split("\r\n")[1])
                .isEqualTo(
                        "1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(A1),,,1990,F,AFG,I,"
                                + "1400010112345,AFG,,,'+CMD,");
    }

    private static void assertRejected(String csv, int line, String reason) {
        ProblemException e =
                catchThrowableOfType(() -> ManifestCsv.parse(csv), ProblemException.class);

        assertThat(e).as("rejected").isNotNull();
        Problem problem = e.problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_BASE + "malformed-csv");
        assertThat(problem.detail())
                .isEqualTo("line " + line + ": " + reason + "; nothing was stored");
        assertThat(problem.extensions()).containsEntry("line", line);
    }
}
