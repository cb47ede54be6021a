package org.evac.stack;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients of the three services of a running stack, each acting as one demo user: a
 * request interceptor adds the bearer token the stack printed, and nothing else.
 */
record Clients(String registryUrl, String coordinationUrl, String manifestUrl) {

    /**
     * The services on their fixed ports, as a stack started without {@code --free-ports} has them.
     */
    static final Clients FIXED_PORTS =
            new Clients("http://localhost:8081", "http://localhost:8082", "http://localhost:8083");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    org.evac.client.registry.ApiClient registry(String token) {
        var client = new org.evac.client.registry.ApiClient();
        client.updateBaseUri(registryUrl);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    org.evac.client.coordination.ApiClient coordination(String token) {
        var client = new org.evac.client.coordination.ApiClient();
        client.updateBaseUri(coordinationUrl);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    org.evac.client.manifest.ApiClient manifest(String token) {
        var client = new org.evac.client.manifest.ApiClient();
        client.updateBaseUri(manifestUrl);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static Consumer<java.net.http.HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
