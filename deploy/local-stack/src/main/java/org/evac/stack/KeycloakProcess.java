package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keycloak from its distribution zip (unpacked by the build into {@code target/keycloak}) in
 * development mode, with the {@code evac} realm imported from {@code deploy/keycloak} on first
 * start. Its database (H2 file) and admin password live in the stack's data directory, so users,
 * sessions and rotated keys survive restarts and {@code --reset} starts from the realm file again.
 *
 * <p>Keycloak needs Java 21 or newer; the stack itself runs on 17. It takes the JDK from {@code
 * KEYCLOAK_JAVA_HOME}, else the first of {@link #JDK_CANDIDATES} that exists.
 */
final class KeycloakProcess extends ChildProcess {

    static final List<Path> JDK_CANDIDATES =
            List.of(
                    Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"),
                    Path.of("/usr/lib/jvm/temurin-21-jdk-amd64"),
                    Path.of("/usr/lib/jvm/java-21-openjdk-amd64"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final KeycloakRealm realm;
    private final Path root;
    private final Path data;

    KeycloakProcess(Path root, KeycloakRealm realm, Path dataDirectory, Consumer<String> events) {
        super("keycloak", dataDirectory.resolve("logs"), events);
        this.root = root;
        this.realm = realm;
        this.data = dataDirectory.resolve("keycloak");
    }

    /**
     * The admin console password of this data directory: made on first start, when Keycloak creates
     * its bootstrap admin with it, and read back after.
     */
    static String adminPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve("keycloak/admin-password");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[12];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, HexFormat.of().formatHex(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KeycloakRealm realm() {
        return realm;
    }

    @Override
    protected List<String> command() {
        return List.of(
                "bash",
                home().resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + realm.port(),
                // Fixes the issuer: the browser and the services must see the same one, whichever
                // address they use.
                "--hostname=" + realm.baseUrl(),
                "--import-realm",
                "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", javaHome().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword(data.getParent()));
    }

    /**
     * --import-realm reads the distribution's import directory and skips a realm it already has.
     */
    @Override
    protected void beforeStart() {
        try {
            Files.createDirectories(data);
            Path imports = Files.createDirectories(home().resolve("data/import"));
            Files.copy(
                    KeycloakRealm.file(root),
                    imports.resolve(realm.name() + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak", e);
        }
    }

    /** The realm's discovery document answers. */
    @Override
    protected boolean isReady() {
        HttpRequest discovery =
                HttpRequest.newBuilder(
                                URI.create(realm.issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        try {
            return HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    /** The distribution the build unpacked under {@code deploy/local-stack/target/keycloak}. */
    private Path home() {
        Path unpacked = root.resolve("deploy/local-stack/target/keycloak");
        try (Stream<Path> homes = Files.list(unpacked)) {
            return homes.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | NoSuchElementException e) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked in "
                            + unpacked
                            + ": build with ./mvnw -pl deploy/local-stack -am -DskipTests package",
                    e);
        }
    }

    private static Path javaHome() {
        Optional<Path> configured =
                Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Path::of);
        return configured
                .or(
                        () ->
                                JDK_CANDIDATES.stream()
                                        .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                                        .findFirst())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "Keycloak needs a JDK 21 or newer: set KEYCLOAK_JAVA_HOME"));
    }
}
