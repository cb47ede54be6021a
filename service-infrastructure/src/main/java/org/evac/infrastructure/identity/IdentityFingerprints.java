package org.evac.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed fingerprints (HMAC-SHA256, lower-case hex) that let flight-manifest match a passenger to a
 * registered person without ever holding the registry's names, birth dates or document numbers.
 * Both services must be configured with the same {@code evac.identity.fingerprint-secret}.
 *
 * <ul>
 *   <li>document: {@code DOC|<type>|<issuing country>|<number>}, each upper-cased with spaces and
 *       dashes removed; letter O and digit 0 are kept as written. The type is the registry's
 *       document type ({@code US_PASSPORT}, {@code AFGHAN_TAZKIRA} ...): flight-manifest translates
 *       the APIS document codes of a manifest into it.
 *   <li>birth date: {@code DOB|<ISO date>} with the precision known (1985, 1985-03 or 1985-03-12).
 *   <li>family name: {@code FAMILY|v<folding version>|<NameFolding.key(name)>}.
 * </ul>
 */
@ApplicationScoped
public class IdentityFingerprints {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

    public IdentityFingerprints(
            @ConfigProperty(name = "evac.identity.fingerprint-secret") String secret) {
        if (secret.length() < 16) {
            throw new IllegalArgumentException(
                    "evac.identity.fingerprint-secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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

    public String familyName(String familyName) {
        return hmac("FAMILY|v" + NameFolding.VERSION + "|" + NameFolding.key(familyName));
    }

    static String normalise(String value) {
        return value.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }

    private String hmac(String input) {
        return HexFormat.of().formatHex(mac.get().doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Mac is not thread-safe but costly to create: a manifest check computes about a thousand of
     * them.
     */
    private Mac newMac() {
        try {
            Mac fresh = Mac.getInstance("HmacSHA256");
            fresh.init(key);
            return fresh;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
