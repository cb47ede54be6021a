package org.evac.manifest.checks;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.evac.infrastructure.identity.IdentityFingerprints;

/**
 * The registry's document fingerprint of a manifest document. Manifests name document types with
 * ICAO 9303 / APIS codes (P passport, I identity card, A or C alien registration card); the
 * registry fingerprints its own document types, so the code and issuing country are translated
 * first: a passport of USA is a US_PASSPORT, of AFG an AFGHAN_PASSPORT, an identity card of AFG a
 * tazkira, a US alien registration card a permanent resident card, anything else OTHER.
 */
@ApplicationScoped
public class DocumentFingerprints {

    private final IdentityFingerprints fingerprints;

    public DocumentFingerprints(IdentityFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** Under the current key: how this service stores a document. */
    public String of(String type, String issuingCountry, String number) {
        return fingerprints.document(registryType(type, issuingCountry), issuingCountry, number);
    }

    /**
     * Under every accepted key, the current one first: how a document is looked up, since during a
     * key rotation the registry's and this service's stored fingerprints may be under either.
     */
    public List<String> underEveryKey(String type, String issuingCountry, String number) {
        return fingerprints.documentUnderEveryKey(
                registryType(type, issuingCountry), issuingCountry, number);
    }

    static String registryType(String type, String issuingCountry) {
        return switch (type + "/" + issuingCountry) {
            case "P/USA" -> "US_PASSPORT";
            case "P/AFG" -> "AFGHAN_PASSPORT";
            case "I/AFG" -> "AFGHAN_TAZKIRA";
            case "A/USA", "C/USA" -> "US_PERMANENT_RESIDENT_CARD";
            default -> "OTHER";
        };
    }
}
