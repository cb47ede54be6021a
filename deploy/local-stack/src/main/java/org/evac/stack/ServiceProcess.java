package org.evac.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One instance of a service, in prod mode from its {@code quarkus-run.jar}. Instances of a service
 * share its database and consumer groups and differ only in their HTTP port.
 */
public final class ServiceProcess extends ChildProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String service;
    private final int instance;
    private final int port;
    private final Path jar;
    private final Map<String, String> environment;

    ServiceProcess(
            String service,
            int instance,
            int port,
            Path root,
            Path dataDirectory,
            Map<String, String> environment,
            Consumer<String> events) {
        super(instanceName(service, instance), dataDirectory.resolve("logs"), events);
        this.service = service;
        this.instance = instance;
        this.port = port;
        this.jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    }

    /** The first instance has the service's name; the others add their number. */
    static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
    }

    /** The module name, e.g. {@code flight-manifest}. */
    public String service() {
        return service;
    }

    /** 1 for the first instance. */
    public int instance() {
        return instance;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    protected List<String> command() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build with ./mvnw -DskipTests package");
        }
        return List.of(java(), "-Xmx512m", "-jar", jar.toString());
    }

    @Override
    protected Map<String, String> environment() {
        return environment;
    }

    /** {@code /q/health/ready} answers 200. */
    @Override
    protected boolean isReady() {
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        try {
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
