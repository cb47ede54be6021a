package org.evac.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityFingerprintsTest {

    private final IdentityFingerprints fingerprints =
            new IdentityFingerprints("k1", "unit-test-secret-0123456789");

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
    void theCompoundSchemeJoinsAFamilyNameWrittenInWordsAndTheFirstSchemeDoesNot() {
        FingerprintKey key = fingerprints.current();
        assertThat(key.familyName("Ahmad Zai", 2)).isEqualTo(key.familyName("Ahmadzay", 2));
        assertThat(key.familyName("Ahmad Zai", 1)).isNotEqualTo(key.familyName("Ahmadzay", 1));
        assertThat(key.familyName("Haidari", 1)).isNotEqualTo(key.familyName("Haidari", 2));
        assertThat(fingerprints.familyName("Nauroz"))
                .isEqualTo(key.familyName("Nawroz", IdentityFingerprints.SCHEME));
    }

    @Test
    void duringARotationDocumentsAreFingerprintedUnderBothKeysTheCurrentFirst() {
        IdentityFingerprints rotating =
                new IdentityFingerprints(
                        "k2", "the-next-deployment-secret", "k1", "unit-test-secret-0123456789");
        assertThat(rotating.current().id()).isEqualTo("k2");
        assertThat(rotating.documentUnderEveryKey("US_PASSPORT", "USA", "A1234"))
                .containsExactly(
                        rotating.document("US_PASSPORT", "USA", "A1234"),
                        fingerprints.document("US_PASSPORT", "USA", "A1234"));
        assertThat(rotating.key("k1").orElseThrow().birthDate("1985"))
                .isEqualTo(fingerprints.birthDate("1985"));
        assertThat(rotating.key(null)).map(FingerprintKey::id).contains("k1");
        assertThat(rotating.key("k0")).isEmpty();
    }

    @Test
    void refusesAShortSecretAndAPreviousKeyWithoutAnIdOfItsOwn() {
        assertThatThrownBy(() -> new IdentityFingerprints("k1", "too-short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                new IdentityFingerprints(
                                        "k1",
                                        "unit-test-secret-0123456789",
                                        "k1",
                                        "another-deployment-secret-42"))
                .isInstanceOf(IllegalArgumentException.class);
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
        IdentityFingerprints other = new IdentityFingerprints("k1", "another-deployment-secret-42");
        assertThat(other.document("US_PASSPORT", "USA", "A1234"))
                .isNotEqualTo(fingerprints.document("US_PASSPORT", "USA", "A1234"));
    }
}
