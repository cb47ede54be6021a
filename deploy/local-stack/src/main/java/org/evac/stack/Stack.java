package org.evac.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The whole system as processes of this machine: PostgreSQL, Kafka and the instances of the three
 * services, each a supervised {@link ChildProcess}. The launcher ({@link LocalStack}) runs one; a
 * test can run one too and stop, start or kill any of its processes.
 */
public final class Stack {

    public static final List<String> SERVICES =
            List.of("citizen-registry", "departure-coordination", "flight-manifest");
    public static final List<String> TOPICS =
            List.of(
                    "evac.registry.events",
                    "evac.coordination.events",
                    "evac.manifest.events",
                    "evac.coordination.message-requests",
                    "evac.registry.events.dlq",
                    "evac.coordination.events.dlq",
                    "evac.manifest.events.dlq",
                    "evac.coordination.message-requests.dlq");
    static final Map<String, String> DATABASES =
            Map.of(
                    "citizen-registry",
                    "registry",
                    "departure-coordination",
                    "coordination",
                    "flight-manifest",
                    "manifest");
    private static final Duration READY = Duration.ofMinutes(3);

    private final StackOptions options;
    private final DemoKeys keys;
    private final PostgresProcess postgres;
    private final KafkaProcess kafka;
    private final Optional<KeycloakProcess> keycloak;
    private final Optional<MessagingSimulators> messaging;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private boolean stopping;

    /**
     * The stack the options describe, not started yet; {@code events} hears what the supervisor
     * does (a process stopped, crashed, started again).
     */
    public Stack(StackOptions options, Consumer<String> events) {
        this(options, events, service -> Map.of());
    }

    /**
     * The same, each service instance started with the variables {@code added} gives for its
     * service on top of the stack's (e.g. {@code JAVA_TOOL_OPTIONS} for a flight recording).
     */
    public Stack(
            StackOptions options,
            Consumer<String> events,
            Function<String, Map<String, String>> added) {
        this.options = options;
        Path data = options.dataDirectory();
        Path launcher = options.root().resolve("deploy/local-stack/target/local-stack.jar");
        Ports ports = new Ports(options.freePorts());
        keys = new DemoKeys(data);
        // The services' environment names the key files and the fingerprint secret.
        keys.createIfMissing();
        postgres =
                new PostgresProcess(
                        launcher, data, ports.postgres(), List.copyOf(DATABASES.values()), events);
        kafka = new KafkaProcess(launcher, data, ports.kafka(), ports.kafkaController(), events);
        // On its fixed port whatever --free-ports says: the realm's redirect URIs name it.
        keycloak =
                options.keycloak()
                        ? Optional.of(
                                new KeycloakProcess(
                                        options.root(), KeycloakRealm.local(), data, events))
                        : Optional.empty();
        messaging =
                options.infrastructureOnly()
                        ? Optional.empty()
                        : Optional.of(
                                new MessagingSimulators(
                                        ports.smpp(), ports.smtp(), ports.phonePage()));
        if (!options.infrastructureOnly()) {
            for (String service : SERVICES) {
                List<ServiceProcess> instances = new ArrayList<>();
                for (int n = 1; n <= options.instancesOf(service); n++) {
                    instances.add(
                            new ServiceProcess(
                                    service,
                                    n,
                                    ports.service(service, n),
                                    options.root(),
                                    data,
                                    serviceEnvironment(service, added.apply(service)),
                                    events));
                }
                services.put(service, List.copyOf(instances));
            }
        }
    }

    /**
     * Starts what the services need and waits until it is ready: Keycloak if asked for (it takes
     * longest, so it starts first and is awaited last), PostgreSQL and Kafka (creating the topics).
     */
    public void startInfrastructure() throws InterruptedException {
        if (keycloak.isPresent()) {
            startProcess(keycloak.get());
        }
        startAndAwait(postgres);
        startAndAwait(kafka);
        kafka.createTopics(TOPICS, 3);
        if (keycloak.isPresent()) {
            keycloak.get().awaitReady(READY);
        }
        messaging.ifPresent(MessagingSimulators::start);
    }

    /** Starts the infrastructure, then every service instance, and waits until all are ready. */
    public void start() throws InterruptedException {
        startInfrastructure();
        List<ServiceProcess> all = services();
        for (ServiceProcess instance : all) {
            startProcess(instance);
        }
        for (ServiceProcess instance : all) {
            instance.awaitReady(READY);
        }
    }

    /**
     * Stops everything for good (nothing starts after it, even a start that is under way), in the
     * order {@link #stopProcesses()} gives. Returns once every process is gone.
     */
    public void stop() {
        synchronized (this) {
            stopping = true;
        }
        stopProcesses();
    }

    /**
     * Stops every process in the order that lets each part finish cleanly: the service instances
     * (in parallel), then Kafka, PostgreSQL and Keycloak; the stack can be started again after it
     * (with the data it has). Returns once every process is gone.
     */
    public void stopProcesses() {
        List<Thread> stopping =
                services().stream()
                        .map(instance -> new Thread(instance::stop, "stop-" + instance.name()))
                        .toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        messaging.ifPresent(MessagingSimulators::close);
        kafka.stop();
        postgres.stop();
        keycloak.ifPresent(ChildProcess::stop);
    }

    public PostgresProcess postgres() {
        return postgres;
    }

    public KafkaProcess kafka() {
        return kafka;
    }

    public Optional<KeycloakProcess> keycloak() {
        return keycloak;
    }

    /** The SMSC simulator, mail server and phone page, unless only the infrastructure runs. */
    Optional<MessagingSimulators> messaging() {
        return messaging;
    }

    /** Every service instance, services in {@link #SERVICES} order. */
    public List<ServiceProcess> services() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /** The instances of one service, first instance first. */
    public List<ServiceProcess> instances(String service) {
        List<ServiceProcess> instances = services.get(service);
        if (instances == null) {
            throw new NoSuchElementException("No instances of " + service + " in this stack");
        }
        return instances;
    }

    /** Every process, infrastructure first. */
    public List<ChildProcess> processes() {
        return Stream.of(keycloak.stream(), Stream.of(postgres, kafka), services().stream())
                .flatMap(processes -> processes)
                .map(ChildProcess.class::cast)
                .toList();
    }

    DemoKeys keys() {
        return keys;
    }

    public StackOptions options() {
        return options;
    }

    /** A bearer token the services accept, signed with this stack's key. */
    public String token(String user, List<String> roles, String operator) {
        return new TokenMinter(keys.privateKey()).mint(user, roles, operator, Duration.ofHours(12));
    }

    private void startAndAwait(ChildProcess process) throws InterruptedException {
        startProcess(process);
        process.awaitReady(READY);
    }

    /** Nothing starts once a stop has begun: a Ctrl-C during start-up must not leave a process. */
    private synchronized void startProcess(ChildProcess process) {
        if (stopping) {
            throw new IllegalStateException("The stack is stopping");
        }
        process.start();
    }

    /** Tokens are checked against Keycloak's JWKS with {@code --keycloak}, else the demo key. */
    private Map<String, String> serviceEnvironment(String service, Map<String, String> added) {
        Map<String, String> environment =
                new LinkedHashMap<>(
                        keycloak.map(process -> process.realm().serviceEnvironment())
                                .orElse(
                                        Map.of(
                                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                                keys.publicKeyFile().toUri().toString())));
        environment.putAll(
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        postgres.jdbcUrl(DATABASES.get(service)),
                        "KAFKA_BOOTSTRAP_SERVERS",
                        kafka.bootstrapServers(),
                        "EVAC_IDENTITY_FINGERPRINT_SECRET",
                        keys.fingerprintSecret(),
                        "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                        "false"));
        if (service.equals("citizen-registry")) {
            messaging.ifPresent(simulators -> environment.putAll(simulators.registryEnvironment()));
        }
        environment.putAll(added);
        return Map.copyOf(environment);
    }
}
