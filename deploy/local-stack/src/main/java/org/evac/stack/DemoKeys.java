package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The stack's RS256 key pair and fingerprint secret, created in the data directory on first start
 * and reused after, so tokens and fingerprints stay valid across restarts.
 */
final class DemoKeys {

    private final Path directory;

    DemoKeys(Path dataDirectory) {
        this.directory = dataDirectory.resolve("keys");
    }

    void createIfMissing() {
        try {
            Files.createDirectories(directory);
            if (!Files.exists(privateKeyFile())) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var pair = generator.generateKeyPair();
                Files.writeString(
                        publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(
                        privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            if (!Files.exists(fingerprintSecretFile())) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.writeString(fingerprintSecretFile(), HexFormat.of().formatHex(secret));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Path publicKeyFile() {
        return directory.resolve("public.pem");
    }

    Path privateKeyFile() {
        return directory.resolve("private.pem");
    }

    String fingerprintSecret() {
        return read(fingerprintSecretFile()).strip();
    }

    PrivateKey privateKey() {
        String pem =
                read(privateKeyFile()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key in " + privateKeyFile(), e);
        }
    }

    private Path fingerprintSecretFile() {
        return directory.resolve("fingerprint-secret");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the stack once to create " + file, e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN "
                + label
                + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END "
                + label
                + "-----\n";
    }
}
