package org.evac.infrastructure.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * The fingerprint keys of a deployment: the current one, and during a rotation the previous one,
 * which is still accepted but no longer used to write. Optional here so that a service that never
 * fingerprints starts without them; {@link IdentityFingerprints} refuses to work without a secret.
 */
@ConfigMapping(prefix = "evac.identity")
public interface FingerprintConfig {

    /** At least 16 characters; environment {@code EVAC_IDENTITY_FINGERPRINT_SECRET}. */
    @WithName("fingerprint-secret")
    Optional<String> secret();

    /** Names the secret in every fingerprint made with it; {@code k1} for the first one. */
    @WithName("fingerprint-key-id")
    @WithDefault(IdentityFingerprints.FIRST_KEY_ID)
    String keyId();

    /** The secret being rotated out: fingerprints made with it still match until it is removed. */
    @WithName("previous-fingerprint-secret")
    Optional<String> previousSecret();

    @WithName("previous-fingerprint-key-id")
    Optional<String> previousKeyId();
}
