package org.evac.benchmark.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyRequestDueInTheWindowIsSentAndCounted() throws IOException {
        AtomicInteger received = new AtomicInteger();
        URI uri = serve(0, received);

        OpenLoop.Result result =
                OpenLoop.run(
                        HttpClient.newHttpClient(),
                        100,
                        Duration.ofMillis(200),
                        Duration.ofMillis(500),
                        64,
                        () -> HttpRequest.newBuilder(uri).build(),
                        (response, at, measured) -> {});

        assertThat(received.get()).isEqualTo(70);
        assertThat(result.succeeded()).isEqualTo(50);
        assertThat(result.failed()).isZero();
        assertThat(result.statuses()).isEqualTo(Map.of(200, 50));
        assertThat(result.latencies().count()).isEqualTo(50);
    }

    @Test
    void aServerHoldingEveryPermittedRequestIsChargedForTheRequestsItKeptBack() throws IOException {
        URI uri = serve(3000, new AtomicInteger());

        OpenLoop.Result result =
                OpenLoop.run(
                        HttpClient.newHttpClient(),
                        100,
                        Duration.ofMillis(200),
                        Duration.ofMillis(500),
                        5,
                        () -> HttpRequest.newBuilder(uri).build(),
                        (response, at, measured) -> {});

        // The five permitted requests were sent in the warm-up and held beyond the window.
        assertThat(result.succeeded()).isZero();
        assertThat(result.achievedPerSecond()).isZero();
        assertThat(result.statuses()).isEqualTo(Map.of(-1, 50));
        assertThat(result.failed()).isEqualTo(50);
        // Each unsent request waited at least from its due time until a second after the window.
        assertThat(result.latencies().count()).isEqualTo(50);
        assertThat(result.latencies().percentileMillis(0)).isGreaterThanOrEqualTo(1000);
    }

    private URI serve(long delayMillis, AtomicInteger received) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(
                "/",
                exchange -> {
                    received.incrementAndGet();
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }
}
