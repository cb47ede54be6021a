package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.evac.benchmark.system.RunningService;
import org.evac.benchmark.system.SystemUnderTest;
import org.evac.infrastructure.servers.KafkaServer;
import org.evac.infrastructure.servers.PostgresServer;

/**
 * The benchmark's one seam to the local stack: PostgreSQL, Kafka and the three services started the
 * way {@link LocalStack} starts them (its service, database and topic lists, {@link
 * ServiceProcess}, {@link DemoKeys}, {@link TokenMinter}), but on free ports and in the benchmark's
 * own data directory, so that a running local stack or a parallel build is not disturbed. It sits
 * in the launcher's package because those classes are package-private; when the local stack offers
 * a public API for this (free ports, per-process control), only this class changes.
 */
public final class LocalStackSystem implements SystemUnderTest {

    private final Path root;
    private final Path data;
    private final DemoKeys keys;
    private final Function<String, Map<String, String>> environment;
    private final List<Service> services = new ArrayList<>();
    private final int kafkaPort = freePort();
    private final int kafkaControllerPort = freePort();
    private PostgresServer postgres;
    private KafkaServer kafka;

    /**
     * A stack of the build in {@code root} keeping its data in {@code data}; {@code environment}
     * adds variables to a service's process at each start (e.g. {@code JAVA_TOOL_OPTIONS} for a JFR
     * recording).
     */
    public LocalStackSystem(
            Path root, Path data, Function<String, Map<String, String>> environment) {
        this.root = root;
        this.data = data;
        this.keys = new DemoKeys(data);
        this.environment = environment;
        for (ServiceProcess service : LocalStack.SERVICES) {
            services.add(new Service(service.name(), freePort()));
        }
    }

    @Override
    public void startInfrastructure() {
        keys.createIfMissing();
        postgres = PostgresServer.start(data.resolve("postgres"), 0);
        LocalStack.DATABASES.values().forEach(postgres::createDatabaseIfMissing);
        kafka = KafkaServer.start(data.resolve("kafka"), kafkaPort, kafkaControllerPort);
        kafka.createTopics(LocalStack.TOPICS, 3);
    }

    @Override
    public List<RunningService> services() {
        return List.copyOf(services);
    }

    @Override
    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(LocalStack.DATABASES.get(service));
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String token(String user, List<String> roles) {
        return new TokenMinter(keys.privateKey()).mint(user, roles, null, Duration.ofHours(12));
    }

    @Override
    public Optional<ProcessHandle> postgres() {
        String directory = data.resolve("postgres").toString();
        List<ProcessHandle> servers =
                ProcessHandle.allProcesses()
                        .filter(
                                p ->
                                        p.info()
                                                .commandLine()
                                                .map(line -> line.contains(directory))
                                                .orElse(false))
                        .toList();
        return servers.stream()
                .filter(p -> p.parent().map(parent -> !servers.contains(parent)).orElse(true))
                .findFirst();
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Service implements RunningService {

        private final ServiceProcess process;

        Service(String name, int port) {
            this.process = new ServiceProcess(name, port);
        }

        @Override
        public String name() {
            return process.name();
        }

        @Override
        public String url() {
            return process.url();
        }

        @Override
        public void start() {
            // The same environment as LocalStack's services, plus the free port.
            Map<String, String> variables = new HashMap<>(environment.apply(name()));
            variables.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(name()));
            variables.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
            variables.put(
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toUri().toString());
            variables.put("EVAC_IDENTITY_FINGERPRINT_SECRET", keys.fingerprintSecret());
            variables.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            variables.put("QUARKUS_HTTP_PORT", Integer.toString(process.port()));
            process.start(root, data.resolve("logs"), variables);
        }

        @Override
        public void stop() {
            process.stop();
        }

        /** The child of this JVM running this service's jar. */
        @Override
        public Optional<ProcessHandle> process() {
            String jar =
                    root.resolve(name()).resolve("target/quarkus-app/quarkus-run.jar").toString();
            return ProcessHandle.current()
                    .children()
                    .filter(ProcessHandle::isAlive)
                    .filter(
                            p ->
                                    p.info()
                                            .commandLine()
                                            .map(line -> line.contains(jar))
                                            .orElse(false))
                    .findFirst();
        }
    }
}
