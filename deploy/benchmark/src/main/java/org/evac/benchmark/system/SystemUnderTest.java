package org.evac.benchmark.system;

import java.util.List;
import java.util.Optional;

/**
 * The system the suite measures, as it runs on this machine: PostgreSQL, Kafka and the three
 * services as separate processes. The suite sees it only through this interface, the services' HTTP
 * APIs, the broker and the processes' {@code /proc} entries.
 */
public interface SystemUnderTest extends AutoCloseable {

    String REGISTRY = "citizen-registry";
    String COORDINATION = "departure-coordination";
    String MANIFEST = "flight-manifest";

    /** Starts PostgreSQL and Kafka (with the stack's topics) and waits until both answer. */
    void startInfrastructure();

    /**
     * The three services, registry first; none is started until its {@link RunningService#start()}.
     */
    List<RunningService> services();

    default RunningService service(String name) {
        return services().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** JDBC URL of the database a service owns (user and password {@code postgres}). */
    String jdbcUrl(String service);

    String bootstrapServers();

    /** A bearer token the services accept. */
    String token(String user, List<String> roles);

    /** The PostgreSQL server process (its backends are its descendants). */
    Optional<ProcessHandle> postgres();

    /** The Kafka broker's process. */
    Optional<ProcessHandle> kafka();

    /**
     * Stops the services, Kafka and PostgreSQL, keeping their data; {@link #startInfrastructure()}
     * and each service's start bring them back.
     */
    void stop();

    /** Stops the services, Kafka and PostgreSQL for good. */
    @Override
    void close();
}
