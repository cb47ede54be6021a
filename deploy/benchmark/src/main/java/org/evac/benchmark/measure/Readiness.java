package org.evac.benchmark.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.evac.benchmark.system.RunningService;

/** When a service first answers {@code /q/health/ready} with 200, polled every 20 ms. */
final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Readiness() {}

    /** The {@link System#nanoTime()} of the first 200. */
    static long await(RunningService service, Duration timeout) throws InterruptedException {
        return await(service.name(), service.url(), timeout);
    }

    static long await(String name, String url, Duration timeout) throws InterruptedException {
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout);
    }
}
