package org.evac.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    @TempDir Path data;

    @Test
    void mintsTokenVerifiableWithTheStacksPublicKeyCarryingRolesAndOperator() throws Exception {
        DemoKeys keys = new DemoKeys(data);
        keys.createIfMissing();

        String token =
                new TokenMinter(keys.privateKey())
                        .mint("omar", List.of("operator"), "QR", Duration.ofHours(1));

        String[] parts = token.split("\\.");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(keys.publicKeyFile()));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .contains(
                        "\"iss\":\"evac\"",
                        "\"upn\":\"omar\"",
                        "\"groups\":[\"operator\"]",
                        "\"operator\":\"QR\"");
    }

    @Test
    void keepsKeysAndFingerprintSecretAcrossRestarts() throws Exception {
        DemoKeys first = new DemoKeys(data);
        first.createIfMissing();
        String publicKey = Files.readString(first.publicKeyFile());
        String secret = first.fingerprintSecret();

        DemoKeys second = new DemoKeys(data);
        second.createIfMissing();

        assertThat(Files.readString(second.publicKeyFile())).isEqualTo(publicKey);
        assertThat(second.fingerprintSecret()).isEqualTo(secret).hasSize(64);
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 =
                Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
