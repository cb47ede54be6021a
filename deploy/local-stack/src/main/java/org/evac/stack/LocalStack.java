package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.evac.infrastructure.servers.KafkaServer;
import org.evac.infrastructure.servers.PostgresServer;

/**
 * Runs the whole system on this machine: PostgreSQL, Kafka and the three services in prod mode, on
 * fixed ports, with data kept in {@code deploy/local-stack/data}. Ctrl-C stops everything.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final List<ServiceProcess> SERVICES =
            List.of(
                    new ServiceProcess("citizen-registry", 8081),
                    new ServiceProcess("departure-coordination", 8082),
                    new ServiceProcess("flight-manifest", 8083));
    static final List<String> TOPICS =
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

    private final StackOptions options;
    private final List<Runnable> stops = new ArrayList<>();

    private LocalStack(StackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("evac.root", ".")).toAbsolutePath().normalize();
        StackOptions options;
        try {
            options = StackOptions.parse(root, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.isTokenCommand()) {
            System.out.println(TokenCommand.run(options));
            return;
        }
        new LocalStack(options).run();
    }

    private void run() throws InterruptedException {
        long started = System.nanoTime();
        if (options.reset()) {
            deleteRecursively(options.dataDirectory());
            System.out.println("Data directory reset: " + options.dataDirectory());
        }
        List<Integer> ports =
                new ArrayList<>(List.of(POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        if (!options.infrastructureOnly()) {
            SERVICES.forEach(service -> ports.add(service.port()));
            ports.addAll(MessagingSimulators.PORTS);
        }
        ensureFree(ports);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("\nStopping the evac stack ...");
                                    for (int i = stops.size() - 1; i >= 0; i--) {
                                        try {
                                            stops.get(i).run();
                                        } catch (RuntimeException e) {
                                            System.err.println("  " + e.getMessage());
                                        }
                                    }
                                    System.out.println("Stopped.");
                                    stopped.countDown();
                                },
                                "stop-stack"));

        DemoKeys keys = new DemoKeys(options.dataDirectory());
        keys.createIfMissing();
        System.out.println("Starting PostgreSQL on " + POSTGRES_PORT + " ...");
        PostgresServer postgres =
                PostgresServer.start(options.dataDirectory().resolve("postgres"), POSTGRES_PORT);
        stops.add(postgres::close);
        DATABASES.values().forEach(postgres::createDatabaseIfMissing);
        System.out.println("Starting Kafka on " + KAFKA_PORT + " ...");
        KafkaServer kafka =
                KafkaServer.start(
                        options.dataDirectory().resolve("kafka"),
                        KAFKA_PORT,
                        KAFKA_CONTROLLER_PORT);
        stops.add(kafka::close);
        kafka.createTopics(TOPICS, 3);

        if (!options.infrastructureOnly()) {
            System.out.println("Starting the SMSC simulator and the mail server ...");
            MessagingSimulators messaging = MessagingSimulators.start();
            stops.add(messaging::close);
            startServices(keys);
            if (options.seed()) {
                new DemoSeed(new TokenMinter(keys.privateKey()), options.dataDirectory()).load();
            }
        }
        System.out.print(
                Banner.render(
                        options,
                        keys,
                        postgres,
                        kafka,
                        Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
    }

    private void startServices(DemoKeys keys) throws InterruptedException {
        Path logs = options.dataDirectory().resolve("logs");
        for (ServiceProcess service : SERVICES) {
            System.out.println("Starting " + service.name() + " on " + service.port() + " ...");
            service.start(
                    options.root(),
                    logs,
                    Map.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "jdbc:postgresql://localhost:"
                                    + POSTGRES_PORT
                                    + "/"
                                    + DATABASES.get(service.name()),
                            "KAFKA_BOOTSTRAP_SERVERS",
                            "localhost:" + KAFKA_PORT,
                            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                            keys.publicKeyFile().toUri().toString(),
                            "EVAC_IDENTITY_FINGERPRINT_SECRET",
                            keys.fingerprintSecret(),
                            "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                            "false"));
            stops.add(service::stop);
        }
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(Duration.ofSeconds(120));
            System.out.println("  " + service.name() + " is ready");
        }
    }

    private static void ensureFree(List<Integer> ports) {
        for (int port : ports) {
            try (ServerSocket socket =
                    new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                System.err.println(
                        "Port "
                                + port
                                + " is already in use. Is another evac stack running? Find the "
                                + "process with: ss -ltnp 'sport = :"
                                + port
                                + "'");
                System.exit(1);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reset " + directory, e);
        }
    }
}
