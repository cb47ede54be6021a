package org.evac.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keyed fingerprints (HMAC-SHA256, lower-case hex) that let flight-manifest match a passenger to a
 * registered person without ever holding the registry's names, birth dates or document numbers.
 * Both services must be configured with the same keys ({@link FingerprintConfig}).
 *
 * <ul>
 *   <li>document: {@code DOC|<type>|<issuing country>|<number>}, each upper-cased with spaces and
 *       dashes removed; letter O and digit 0 are kept as written. The type is the registry's
 *       document type ({@code US_PASSPORT}, {@code AFGHAN_TAZKIRA} ...): flight-manifest translates
 *       the APIS document codes of a manifest into it.
 *   <li>birth date: {@code DOB|<ISO date>} with the precision known (1985, 1985-03 or 1985-03-12).
 *   <li>family name, scheme 1: {@code FAMILY|v1|<NameFolding.key(name)>}; scheme 2 (current):
 *       {@code FAMILY|v2|<NameFolding.compoundKey(name)>}.
 * </ul>
 *
 * <p>Every fingerprint is made with one key, whose id travels with it, and family names with one
 * scheme. New fingerprints use the current key and {@link #SCHEME}; a reader compares a registered
 * person's fingerprints under the key and scheme they were made with, and looks documents up under
 * every accepted key. So a key rotation or a new scheme needs no moment when both services switch
 * at once: the registry republishes, and both keep matching meanwhile.
 */
@ApplicationScoped
public class IdentityFingerprints {

    /** The id of a deployment's first key, and of fingerprints published without an id. */
    public static final String FIRST_KEY_ID = "k1";

    /** The scheme of family-name fingerprints made now. */
    public static final int SCHEME = 2;

    /** The schemes a reader understands: every one a published fingerprint may still carry. */
    public static final Set<Integer> SCHEMES = Set.of(1, 2);

    private final FingerprintKey current;
    private final List<FingerprintKey> accepted;

    @Inject
    public IdentityFingerprints(FingerprintConfig config) {
        this(
                config.keyId(),
                config.secret()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Set evac.identity.fingerprint-secret (16+ characters)")),
                config.previousKeyId().orElse(null),
                config.previousSecret().orElse(null));
    }

    /** One key only. */
    public IdentityFingerprints(String keyId, String secret) {
        this(keyId, secret, null, null);
    }

    /** The current key and, during a rotation, the previous one (both null otherwise). */
    public IdentityFingerprints(
            String keyId, String secret, String previousKeyId, String previousSecret) {
        this.current = new FingerprintKey(keyId, secret);
        List<FingerprintKey> keys = new ArrayList<>(List.of(current));
        if (previousSecret != null) {
            if (previousKeyId == null || previousKeyId.equals(keyId)) {
                throw new IllegalArgumentException(
                        "The previous fingerprint key needs an id of its own");
            }
            keys.add(new FingerprintKey(previousKeyId, previousSecret));
        }
        this.accepted = List.copyOf(keys);
    }

    /** The key new fingerprints are made with. */
    public FingerprintKey current() {
        return current;
    }

    /** Every key a fingerprint may be made with, the current one first. */
    public List<FingerprintKey> accepted() {
        return accepted;
    }

    /**
     * The accepted key of this id; a null id is {@link #FIRST_KEY_ID} (fingerprints published
     * before keys had ids).
     */
    public Optional<FingerprintKey> key(String id) {
        String wanted = id == null ? FIRST_KEY_ID : id;
        return accepted.stream().filter(k -> k.id().equals(wanted)).findFirst();
    }

    public String document(String type, String issuingCountry, String number) {
        return current.document(type, issuingCountry, number);
    }

    /** The document's fingerprint under every accepted key, the current one first. */
    public List<String> documentUnderEveryKey(String type, String issuingCountry, String number) {
        return accepted.stream().map(k -> k.document(type, issuingCountry, number)).toList();
    }

    public String birthDate(String isoDate) {
        return current.birthDate(isoDate);
    }

    public String familyName(String familyName) {
        return current.familyName(familyName, SCHEME);
    }
}
