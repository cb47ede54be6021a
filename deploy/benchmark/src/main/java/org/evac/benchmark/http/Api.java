package org.evac.benchmark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The services' HTTP APIs, called as any client calls them: JSON over HTTP/1.1 with a bearer token.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    public HttpClient client() {
        return client;
    }

    public static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "*/*");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public static HttpRequest postJson(String url, String token, Object body) {
        try {
            return request(url, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The response's JSON body, after checking its status. */
    public static JsonNode expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException(
                    response.request().method()
                            + " "
                            + response.request().uri().getPath()
                            + " answered "
                            + response.statusCode()
                            + " instead of "
                            + status
                            + ": "
                            + body.substring(0, Math.min(400, body.length())));
        }
        try {
            return response.body() == null || response.body().isEmpty()
                    ? JSON.nullNode()
                    : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
