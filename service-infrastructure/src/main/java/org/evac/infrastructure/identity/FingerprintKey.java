package org.evac.infrastructure.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One fingerprint secret and its id. The inputs are described in {@link IdentityFingerprints}; the
 * id is not part of them, so the same input under another secret gives an unrelated fingerprint.
 */
public final class FingerprintKey {

    private final String id;
    private final SecretKeySpec secret;

    /**
     * A Mac is not thread-safe but costly to create: a manifest check computes about a thousand of
     * them.
     */
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

    FingerprintKey(String id, String secret) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException(
                    "A fingerprint key id is 1 to 32 lower-case letters, digits and dashes");
        }
        if (secret.length() < 16) {
            throw new IllegalArgumentException(
                    "A fingerprint secret must have at least 16 characters");
        }
        this.id = id;
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String id() {
        return id;
    }

    public String document(String type, String issuingCountry, String number) {
        return hmac(
                "DOC|"
                        + normalise(type)
                        + "|"
                        + normalise(issuingCountry)
                        + "|"
                        + normalise(number));
    }

    public String birthDate(String isoDate) {
        return hmac("DOB|" + isoDate.strip());
    }

    /** The family name folded as the scheme says; see {@link IdentityFingerprints#SCHEMES}. */
    public String familyName(String familyName, int scheme) {
        return switch (scheme) {
            case 1 -> hmac("FAMILY|v1|" + NameFolding.key(familyName));
            case 2 -> hmac("FAMILY|v2|" + NameFolding.compoundKey(familyName));
            default -> throw new IllegalArgumentException("Unknown fingerprint scheme " + scheme);
        };
    }

    static String normalise(String value) {
        return value.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }

    private String hmac(String input) {
        return HexFormat.of().formatHex(mac.get().doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac fresh = Mac.getInstance("HmacSHA256");
            fresh.init(secret);
            return fresh;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
