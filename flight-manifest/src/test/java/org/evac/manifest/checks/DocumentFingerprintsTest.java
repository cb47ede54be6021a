package org.evac.manifest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFingerprintsTest {

    @Test
    void translatesApisDocumentCodesToTheRegistrysDocumentTypes() {
        assertThat(DocumentFingerprints.registryType("P", "USA")).isEqualTo("US_PASSPORT");
        assertThat(DocumentFingerprints.registryType("P", "AFG")).isEqualTo("AFGHAN_PASSPORT");
        assertThat(DocumentFingerprints.registryType("I", "AFG")).isEqualTo("AFGHAN_TAZKIRA");
        assertThat(DocumentFingerprints.registryType("C", "USA"))
                .isEqualTo("US_PERMANENT_RESIDENT_CARD");
        assertThat(DocumentFingerprints.registryType("A", "USA"))
                .isEqualTo("US_PERMANENT_RESIDENT_CARD");
        assertThat(DocumentFingerprints.registryType("P", "PAK")).isEqualTo("OTHER");
        assertThat(DocumentFingerprints.registryType("I", "USA")).isEqualTo("OTHER");
    }
}
