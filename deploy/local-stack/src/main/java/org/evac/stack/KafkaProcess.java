package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.evac.testing.servers.KafkaServer;

/**
 * Apache Kafka 4.0 ({@code kafka.Kafka} from the {@code kafka_2.13} artifacts) in a JVM of its own,
 * a single node in KRaft mode (broker and controller). Its log directory lives in the data
 * directory and is formatted once, so a restart keeps every record and committed offset.
 */
public final class KafkaProcess extends ChildProcess {

    private static final String CLUSTER_ID = "ZXZhYy1sb2NhbC1rYWZrYQ";

    private final Path launcherJar;
    private final Path directory;
    private final int port;
    private final int controllerPort;

    KafkaProcess(
            Path launcherJar,
            Path dataDirectory,
            int port,
            int controllerPort,
            Consumer<String> events) {
        super("kafka", dataDirectory.resolve("logs"), events);
        this.launcherJar = launcherJar;
        this.directory = dataDirectory.resolve("kafka");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The broker's and the controller's port. */
    List<Integer> ports() {
        return List.of(port, controllerPort);
    }

    /** Creates the topics that do not exist yet, so consumers never wait for auto-creation. */
    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    topics.stream()
                            .filter(topic -> !existing.contains(topic))
                            .map(topic -> new NewTopic(topic, partitions, (short) 1))
                            .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + topics, e);
        }
    }

    @Override
    protected List<String> command() {
        return List.of(
                java(),
                "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp",
                launcherJar.toString(),
                "kafka.Kafka",
                configFile().toString());
    }

    /** The broker answers a metadata request. */
    @Override
    protected boolean isReady() {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Writes the broker's configuration and, the first time, formats its storage. */
    @Override
    protected void beforeStart() {
        try {
            Files.createDirectories(directory);
            try (Writer writer = Files.newBufferedWriter(configFile())) {
                brokerProperties().store(writer, "evac local stack: single-node KRaft broker");
            }
            if (!Files.exists(directory.resolve("log").resolve("meta.properties"))) {
                format();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() throws IOException {
        note("formatting " + directory.resolve("log"));
        Process format =
                new ProcessBuilder(
                                java(),
                                "-cp",
                                launcherJar.toString(),
                                "kafka.tools.StorageTool",
                                "format",
                                "-t",
                                CLUSTER_ID,
                                "-c",
                                configFile().toString(),
                                "--ignore-formatted")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                        .start();
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Kafka storage format failed; see " + logFile());
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private Path configFile() {
        return directory.resolve("server.properties");
    }

    private Properties brokerProperties() {
        return KafkaServer.singleNode(directory.resolve("log"), port, controllerPort);
    }

    private Admin admin() {
        return Admin.create(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        2_000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        3_000));
    }
}
