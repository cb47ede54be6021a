package org.evac.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MrzTest {

    /** The ICAO 9303 part 4 specimen passport of Anna Maria Eriksson, Utopia. */
    private static final String SPECIMEN_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";

    private static final String SPECIMEN_LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final String SPECIMEN = SPECIMEN_LINE_1 + "\n" + SPECIMEN_LINE_2;

    /** A US passport A12345678, born 1987-03-12, expiring 2031-08-15; digits worked by hand. */
    private static final String US_PASSPORT =
            "P<USAHAIDARI<<AHMAD<ZIA<<<<<<<<<<<<<<<<<<<<<\n"
                    + "A123456784USA8703123M3108158<<<<<<<<<<<<<<04";

    private static final String SHAPE = "must be two lines of 44 characters A-Z, 0-9 and <";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // ICAO 9303 specimen: document number, date of birth, expiry, optional data
        "L898902C3, 6",
        "740812, 2",
        "120415, 9",
        "ZE184226B<<<<<, 1",
        // ICAO 9303 part 3 worked examples
        "520727, 3",
        "AB2134<<<, 5"
    })
    void computesTheIcaoCheckDigitWithWeights731AndFillersAsZero(String field, int digit) {
        assertThat(Mrz.checkDigit(field)).isEqualTo(digit);
    }

    @Test
    void theIcaoSpecimenPassportIsValid() {
        assertThat(Mrz.problems(SPECIMEN, "L898902C3")).isEmpty();
    }

    @Test
    void aUsPassportWhoseNumberFillsAllNinePlacesIsValid() {
        assertThat(Mrz.problems(US_PASSPORT, "A12345678")).isEmpty();
    }

    @Test
    void aShortDocumentNumberPaddedWithFillersMatchesTheNumberWithoutThem() {
        String mrz =
                "P<AFGHAIDARI<<MARYAM<<<<<<<<<<<<<<<<<<<<<<<<\n"
                        + "AB2134<<<5AFG8703123F3108158<<<<<<<<<<<<<<<2";

        assertThat(Mrz.problems(mrz, "AB2134")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                SPECIMEN_LINE_1 + SPECIMEN_LINE_2,
                SPECIMEN_LINE_1 + "\r\n" + SPECIMEN_LINE_2 + "\r\n",
                "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10",
                "  " + SPECIMEN_LINE_1 + " \n " + SPECIMEN_LINE_2 + "  "
            })
    void acceptsTheZoneAsTypedOrPastedWithLowerCaseBreaksAndSpaces(String mrz) {
        assertThat(Mrz.problems(mrz, "L898902C3")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"l898902c3", "L898 902 C3", "L898-902-C3"})
    void theNumberGivenIsComparedAsADocumentNumberKey(String number) {
        assertThat(Mrz.problems(SPECIMEN, number)).isEmpty();
    }

    @Test
    void aMistypedDocumentNumberCheckDigitFailsItsOwnCheckAndTheComposite() {
        String mrz = SPECIMEN.replace("L898902C36", "L898902C37");

        assertThat(Mrz.problems(mrz, "L898902C3"))
                .containsExactlyInAnyOrder(
                        "check digit of the document number is wrong",
                        "check digit of the composite is wrong");
    }

    @Test
    void aMistypedDocumentNumberIsCaughtByItsCheckDigit() {
        // one character of the number wrong, as a clerk copying from the page would
        String mrz = SPECIMEN.replace("L898902C36", "L898902G36");

        assertThat(Mrz.problems(mrz, "L898902G3"))
                .containsExactlyInAnyOrder(
                        "check digit of the document number is wrong",
                        "check digit of the composite is wrong");
    }

    @Test
    void aMistypedDateOfBirthIsCaughtByItsCheckDigit() {
        String mrz = SPECIMEN.replace("7408122F", "7408132F");

        assertThat(Mrz.problems(mrz, "L898902C3"))
                .containsExactlyInAnyOrder(
                        "check digit of the date of birth is wrong",
                        "check digit of the composite is wrong");
    }

    @Test
    void aMistypedExpiryDateIsCaughtByItsCheckDigit() {
        String mrz = SPECIMEN.replace("F1204159", "F1304159");

        assertThat(Mrz.problems(mrz, "L898902C3"))
                .containsExactlyInAnyOrder(
                        "check digit of the expiry date is wrong",
                        "check digit of the composite is wrong");
    }

    @Test
    void aChangedPersonalNumberIsCaughtByTheComposite() {
        String mrz = SPECIMEN.replace("ZE184226B", "ZE184227B");

        assertThat(Mrz.problems(mrz, "L898902C3"))
                .containsExactly("check digit of the composite is wrong");
    }

    @Test
    void aFillerWhereACheckDigitBelongsIsWrong() {
        String mrz = SPECIMEN.replace("L898902C36", "L898902C3<");

        assertThat(Mrz.problems(mrz, "L898902C3"))
                .contains("check digit of the document number is wrong");
    }

    @Test
    void aValidZoneOfAnotherDocumentIsNotAcceptedForTheNumberGiven() {
        assertThat(Mrz.problems(SPECIMEN, "A12345678"))
                .containsExactly("carries document number L898902C3, not the number given");
    }

    @Test
    void aNumberGivenWithoutItsLastCharacterDoesNotMatch() {
        assertThat(Mrz.problems(SPECIMEN, "L898902C"))
                .containsExactly("carries document number L898902C3, not the number given");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                SPECIMEN_LINE_2,
                SPECIMEN_LINE_1,
                SPECIMEN_LINE_1 + "\n" + SPECIMEN_LINE_2 + "<",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                "P<UTOERIKSSON<<ANNA-MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                "P<UTOERIKSSÖN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\tL898902C36UTO7408122F1204159ZE184226B<<<<<1"
            })
    void anythingButTwoLinesOf44MrzCharactersIsRejectedWithOneProblem(String mrz) {
        assertThat(Mrz.problems(mrz, "L898902C3")).isEqualTo(List.of(SHAPE));
    }
}
