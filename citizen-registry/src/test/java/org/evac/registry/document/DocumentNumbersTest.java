package org.evac.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "a1234 5678, A12345678",
        "A-1234-5678, A12345678",
        "1400-0101-12345, 1400010112345",
        "'  p01234567 ', P01234567",
        "EAC1234567890, EAC1234567890"
    })
    void aNumberIsKeyedInUpperCaseWithoutSpacesOrDashes(String written, String key) {
        assertThat(DocumentNumbers.key(written)).isEqualTo(key);
    }

    @Test
    void letterOAndDigitZeroStayDifferentDocuments() {
        assertThat(DocumentNumbers.key("PO1234567")).isNotEqualTo(DocumentNumbers.key("P01234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AFG", "USA", "PAK", "IRN", "QAT", "DEU"})
    void anIsoAlpha3CodeIsACountry(String code) {
        assertThat(DocumentNumbers.isCountry(code)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "afg", "AF", "AFGH", "UTO", "D", "XXX", " AFG"})
    void anythingElseIsNotACountry(String code) {
        assertThat(DocumentNumbers.isCountry(code)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "US_PASSPORT, USA, A12345678",
        "US_PASSPORT, USA, 123456789",
        "US_PASSPORT, USA, a1234 5678",
        "AFGHAN_PASSPORT, AFG, P01234567",
        "AFGHAN_PASSPORT, AFG, OA1234567",
        "AFGHAN_PASSPORT, AFG, R1234567",
        "US_PERMANENT_RESIDENT_CARD, USA, EAC1234567890",
        "US_PERMANENT_RESIDENT_CARD, USA, ioe-091-234-5678",
        "CONSULAR_REPORT_OF_BIRTH_ABROAD, USA, E1234567",
        "AFGHAN_TAZKIRA, AFG, 1400-0101-12345",
        "AFGHAN_TAZKIRA, AFG, 12345678",
        "OTHER, PAK, AB1234567",
        "OTHER, IRN, 123/4567"
    })
    void aPlausibleNumberFromItsIssuerPasses(DocumentType type, String country, String number) {
        assertThat(DocumentNumbers.formatProblem(type, country, number)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "US_PASSPORT, AFG, USA",
        "AFGHAN_PASSPORT, USA, AFG",
        "US_PERMANENT_RESIDENT_CARD, AFG, USA",
        "CONSULAR_REPORT_OF_BIRTH_ABROAD, PAK, USA",
        "AFGHAN_TAZKIRA, PAK, AFG"
    })
    void aDocumentFromTheWrongIssuerIsRejectedWhateverItsNumber(
            DocumentType type, String country, String issuer) {
        assertThat(DocumentNumbers.formatProblem(type, country, "12345678"))
                .hasValueSatisfying(p -> assertThat(p).endsWith(" is issued by " + issuer));
    }

    @Test
    void aPassportWithoutAnIssuerIsRejected() {
        assertThat(DocumentNumbers.formatProblem(DocumentType.US_PASSPORT, null, "A12345678"))
                .contains("a US_PASSPORT is issued by USA");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "US_PASSPORT, 12345678",
        "US_PASSPORT, 1234567890",
        "US_PASSPORT, AB1234567",
        "US_PASSPORT, A1234567X",
        "AFGHAN_PASSPORT, 123456789",
        "AFGHAN_PASSPORT, ABC1234567",
        "AFGHAN_PASSPORT, P123456"
    })
    void aPassportNumberOutsideItsIssuersFormatIsRejected(DocumentType type, String number) {
        assertThat(
                        DocumentNumbers.formatProblem(
                                type, type == DocumentType.US_PASSPORT ? "USA" : "AFG", number))
                .hasValueSatisfying(
                        p -> assertThat(p).startsWith("does not match the passport format of"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EAC123456789", "EA1234567890", "EAC12345678901", "1231234567890"})
    void aGreenCardNeedsThreeLettersAndTenDigits(String number) {
        assertThat(
                        DocumentNumbers.formatProblem(
                                DocumentType.US_PERMANENT_RESIDENT_CARD, "USA", number))
                .contains("does not match 3 letters and 10 digits");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567",
                "12345678901234",
                "P1234567",
                // Persian digits as a Dari keyboard types them: no lookup would find them
                "۱۴۰۰۰۱۰۱۱۲۳۴۵"
            })
    void aTazkiraNeedsEightToThirteenAsciiDigits(String number) {
        assertThat(DocumentNumbers.formatProblem(DocumentType.AFGHAN_TAZKIRA, "AFG", number))
                .contains("does not match 8 to 13 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB1", "A12345678901234567890", "AB\t1234", "AB.1234", "AB_1234"})
    void anOtherDocumentNeedsFourToTwentyLettersDigitsOrSlashes(String number) {
        assertThat(DocumentNumbers.formatProblem(DocumentType.OTHER, "PAK", number))
                .contains("does not match 4 to 20 letters or digits");
    }
}
