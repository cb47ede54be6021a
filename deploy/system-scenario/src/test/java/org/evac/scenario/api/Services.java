package org.evac.scenario.api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evac.stack.ServiceProcess;
import org.evac.stack.Stack;

/**
 * The three services of a running stack as the scenario's users reach them: a coordinator, an
 * administrator, the operator of the charter airline (QR) and a viewer of the dashboard, each with
 * a token the services accept, each through the generated clients.
 */
public final class Services {

    public static final String OPERATOR = "QR";

    /**
     * A campaign offers everyone eligible in one transaction, an import writes a whole list: on a
     * busy machine they take minutes, and a client that gives up early only sends them again.
     */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Stack stack;
    private final LongAdder retries = new LongAdder();
    private final Endpoint<org.evac.client.registry.ApiClient> registry;
    private final Endpoint<org.evac.client.registry.ApiClient> registryAdmin;
    private final Endpoint<org.evac.client.registry.ApiClient> registryViewer;
    private final Endpoint<org.evac.client.coordination.ApiClient> coordination;
    private final Endpoint<org.evac.client.coordination.ApiClient> coordinationAdmin;
    private final Endpoint<org.evac.client.coordination.ApiClient> coordinationViewer;
    private final Endpoint<org.evac.client.manifest.ApiClient> operator;
    private final Endpoint<org.evac.client.manifest.ApiClient> manifestAdmin;
    private final Endpoint<org.evac.client.manifest.ApiClient> manifestViewer;

    public Services(Stack stack) {
        this.stack = stack;
        String coordinator = stack.token("cora.coordinator", List.of("coordinator"), null);
        String admin = stack.token("ada.admin", List.of("admin", "coordinator"), null);
        String airline = stack.token("omar.operator", List.of("operator"), OPERATOR);
        String viewer = stack.token("vera.viewer", List.of("viewer"), null);
        registry = registry(coordinator);
        registryAdmin = registry(admin);
        registryViewer = registry(viewer);
        coordination = coordination(coordinator);
        coordinationAdmin = coordination(admin);
        coordinationViewer = coordination(viewer);
        operator = manifest(airline);
        manifestAdmin = manifest(admin);
        manifestViewer = manifest(viewer);
    }

    public Endpoint<org.evac.client.registry.ApiClient> registry() {
        return registry;
    }

    public Endpoint<org.evac.client.registry.ApiClient> registryAdmin() {
        return registryAdmin;
    }

    public Endpoint<org.evac.client.registry.ApiClient> registryViewer() {
        return registryViewer;
    }

    public Endpoint<org.evac.client.coordination.ApiClient> coordination() {
        return coordination;
    }

    public Endpoint<org.evac.client.coordination.ApiClient> coordinationAdmin() {
        return coordinationAdmin;
    }

    public Endpoint<org.evac.client.coordination.ApiClient> coordinationViewer() {
        return coordinationViewer;
    }

    /** The airline's operator: its own flights, manifests and boarding. */
    public Endpoint<org.evac.client.manifest.ApiClient> operator() {
        return operator;
    }

    public Endpoint<org.evac.client.manifest.ApiClient> manifestAdmin() {
        return manifestAdmin;
    }

    public Endpoint<org.evac.client.manifest.ApiClient> manifestViewer() {
        return manifestViewer;
    }

    /** How many calls met an unreachable or failing instance and were sent again. */
    public long retries() {
        return retries.sum();
    }

    private Endpoint<org.evac.client.registry.ApiClient> registry(String token) {
        return endpoint(
                "citizen-registry",
                url -> {
                    var client = new org.evac.client.registry.ApiClient();
                    client.updateBaseUri(url);
                    client.setHttpClientBuilder(http1());
                    client.setReadTimeout(TIMEOUT);
                    client.setRequestInterceptor(bearer(token));
                    return client;
                });
    }

    private Endpoint<org.evac.client.coordination.ApiClient> coordination(String token) {
        return endpoint(
                "departure-coordination",
                url -> {
                    var client = new org.evac.client.coordination.ApiClient();
                    client.updateBaseUri(url);
                    client.setHttpClientBuilder(http1());
                    client.setReadTimeout(TIMEOUT);
                    client.setRequestInterceptor(bearer(token));
                    return client;
                });
    }

    private Endpoint<org.evac.client.manifest.ApiClient> manifest(String token) {
        return endpoint(
                "flight-manifest",
                url -> {
                    var client = new org.evac.client.manifest.ApiClient();
                    client.updateBaseUri(url);
                    client.setHttpClientBuilder(http1());
                    client.setReadTimeout(TIMEOUT);
                    client.setRequestInterceptor(bearer(token));
                    return client;
                });
    }

    /**
     * HTTP/1.1, as a load balancer speaks to the services. The JDK client's default upgrades plain
     * connections to HTTP/2 (h2c); in one run its read of a flight-manifest response body waited
     * forever (headers received, server idle, the read timeout covers the headers only) after
     * instances had been killed and started again.
     */
    private static HttpClient.Builder http1() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    private <C> Endpoint<C> endpoint(String service, Function<String, C> client) {
        return new Endpoint<>(
                service,
                stack.instances(service).stream().map(ServiceProcess::url).map(client).toList(),
                retries);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
