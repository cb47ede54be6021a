package org.evac.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityFingerprintsTest {

    private final IdentityFingerprints fingerprints =
            new IdentityFingerprints("unit-test-secret-0123456789");

    @Test
    void documentNumberIsNormalisedButItsCharactersKept() {
        assertThat(fingerprints.document("US_PASSPORT", "USA", "A1234 5678"))
                .isEqualTo(fingerprints.document("us_passport", "usa", "A1234-5678"))
                .isEqualTo(fingerprints.document("US_PASSPORT", "USA", "a12345678"));
    }

    @Test
    void letterOAndDigitZeroStayDistinctAndOtherFieldsMatter() {
        assertThat(fingerprints.document("US_PASSPORT", "USA", "A1O34"))
                .isNotEqualTo(fingerprints.document("US_PASSPORT", "USA", "A1034"));
        assertThat(fingerprints.document("OTHER", "USA", "A1034"))
                .isNotEqualTo(fingerprints.document("OTHER", "AFG", "A1034"));
        assertThat(fingerprints.document("AFGHAN_PASSPORT", "AFG", "A1034"))
                .isNotEqualTo(fingerprints.document("AFGHAN_TAZKIRA", "AFG", "A1034"));
    }

    @Test
    void familyNameFingerprintToleratesTransliterationButNotAnotherName() {
        assertThat(fingerprints.familyName("Hussaini"))
                .isEqualTo(fingerprints.familyName("HUSAINI"))
                .isEqualTo(fingerprints.familyName("Husseini"));
        assertThat(fingerprints.familyName("Mohammadi"))
                .isEqualTo(fingerprints.familyName("Muhammadi"));
        assertThat(fingerprints.familyName("Ahmadzai"))
                .isNotEqualTo(fingerprints.familyName("Ahmadi"));
    }

    @Test
    void birthDateFingerprintKeepsPrecision() {
        assertThat(fingerprints.birthDate("1985-03-12"))
                .isEqualTo(fingerprints.birthDate(" 1985-03-12 "));
        assertThat(fingerprints.birthDate("1985-03"))
                .isNotEqualTo(fingerprints.birthDate("1985-03-12"));
    }

    @Test
    void aDifferentSecretGivesUnrelatedFingerprints() {
        IdentityFingerprints other = new IdentityFingerprints("another-deployment-secret-42");
        assertThat(other.document("US_PASSPORT", "USA", "A1234"))
                .isNotEqualTo(fingerprints.document("US_PASSPORT", "USA", "A1234"));
    }
}
