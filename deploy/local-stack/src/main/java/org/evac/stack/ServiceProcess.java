package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started in prod mode from its {@code quarkus-run.jar}, with its log in the data
 * directory.
 */
final class ServiceProcess {

    private final String name;
    private final int port;
    private Process process;

    ServiceProcess(String name, int port) {
        this.name = name;
        this.port = port;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port;
    }

    void start(Path root, Path logDirectory, Map<String, String> environment) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build with ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(logDirectory);
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder =
                    new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(
                                    ProcessBuilder.Redirect.appendTo(
                                            logDirectory.resolve(name + ".log").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + "; see its log");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                name + " was not ready within " + timeout.toSeconds() + " s; see its log");
    }

    /** SIGTERM for a graceful Quarkus shutdown, then a kill if it hangs. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
