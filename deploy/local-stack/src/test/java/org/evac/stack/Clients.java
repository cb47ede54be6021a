package org.evac.stack;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients of the three services on the local stack, each acting as one demo user: a
 * request interceptor adds the bearer token the stack printed, and nothing else.
 */
final class Clients {

    static final String REGISTRY = "http://localhost:8081";
    static final String COORDINATION = "http://localhost:8082";
    static final String MANIFEST = "http://localhost:8083";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Clients() {}

    static org.evac.client.registry.ApiClient registry(String token) {
        var client = new org.evac.client.registry.ApiClient();
        client.updateBaseUri(REGISTRY);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    static org.evac.client.coordination.ApiClient coordination(String token) {
        var client = new org.evac.client.coordination.ApiClient();
        client.updateBaseUri(COORDINATION);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    static org.evac.client.manifest.ApiClient manifest(String token) {
        var client = new org.evac.client.manifest.ApiClient();
        client.updateBaseUri(MANIFEST);
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static Consumer<java.net.http.HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
