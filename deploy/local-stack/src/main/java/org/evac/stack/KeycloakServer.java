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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
final class KeycloakServer {

    static final List<Path> JDK_CANDIDATES =
            List.of(
                    Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"),
                    Path.of("/usr/lib/jvm/temurin-21-jdk-amd64"),
                    Path.of("/usr/lib/jvm/java-21-openjdk-amd64"));

    private final KeycloakRealm realm;
    private final Path home;
    private final Path data;
    private Process process;

    private KeycloakServer(KeycloakRealm realm, Path home, Path data) {
        this.realm = realm;
        this.home = home;
        this.data = data;
    }

    /** The distribution the build unpacked under {@code deploy/local-stack/target/keycloak}. */
    static KeycloakServer fromBuild(Path root, KeycloakRealm realm, Path dataDirectory) {
        Path unpacked = root.resolve("deploy/local-stack/target/keycloak");
        try (Stream<Path> homes = Files.list(unpacked)) {
            Path home =
                    homes.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh")))
                            .findFirst()
                            .orElseThrow();
            return new KeycloakServer(realm, home, dataDirectory.resolve("keycloak"));
        } catch (IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked in "
                            + unpacked
                            + ": build with ./mvnw -pl deploy/local-stack -am -DskipTests package",
                    e);
        }
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

    void start(Path realmFile, Path logDirectory) {
        try {
            Files.createDirectories(logDirectory);
            Files.createDirectories(data);
            // --import-realm reads this directory and skips a realm the database already has.
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(
                    realmFile,
                    imports.resolve(realm.name() + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder =
                    new ProcessBuilder(
                                    "bash",
                                    home.resolve("bin/kc.sh").toString(),
                                    "start-dev",
                                    "--http-port=" + realm.port(),
                                    // Fixes the issuer: the browser and the services must see the
                                    // same one, whichever address they use.
                                    "--hostname=" + realm.baseUrl(),
                                    "--import-realm",
                                    "--db-url=jdbc:h2:file:"
                                            + data.resolve("keycloakdb")
                                            + ";NON_KEYWORDS=VALUE")
                            .redirectErrorStream(true)
                            .redirectOutput(
                                    ProcessBuilder.Redirect.appendTo(
                                            logDirectory.resolve("keycloak.log").toFile()));
            builder.environment().put("JAVA_HOME", javaHome().toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment()
                    .put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword(data.getParent()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /** Waits until the realm's discovery document answers, failing early if Keycloak exits. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest discovery =
                HttpRequest.newBuilder(
                                URI.create(realm.issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + "; see logs/keycloak.log");
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Keycloak was not ready within "
                        + timeout.toSeconds()
                        + " s; see logs/keycloak.log");
    }

    /**
     * SIGTERM to kc.sh, which forwards it to the Keycloak JVM; whatever still runs after the grace
     * period is killed.
     */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
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
