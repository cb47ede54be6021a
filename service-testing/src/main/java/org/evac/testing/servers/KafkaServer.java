package org.evac.testing.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Apache Kafka 4.0 broker and controller in KRaft mode, run inside this JVM. Storage
 * is formatted on first start; stopping and starting again on the same directory and port keeps
 * every record, which the outbox fault tests rely on.
 */
public final class KafkaServer implements AutoCloseable {

    private static final String CLUSTER_ID = "ZXZhYy1sb2NhbC1rYWZrYQ";

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaServer(Path dataDirectory, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker on free ports in a throwaway directory. */
    public static KafkaServer startEphemeral() {
        try {
            return start(Files.createTempDirectory("evac-kafka"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KafkaServer start(Path dataDirectory, int port, int controllerPort) {
        guardAgainstExit();
        KafkaServer kafka = new KafkaServer(dataDirectory, port, controllerPort);
        kafka.start();
        return kafka;
    }

    /**
     * Kafka calls Exit.exit/halt on fatal errors; inside a test JVM or the local stack that would
     * kill everything, so it throws instead.
     */
    private static void guardAgainstExit() {
        Exit.setExitProcedure(
                (status, message) -> {
                    throw new IllegalStateException(
                            "Kafka asked to exit with " + status + ": " + message);
                });
        Exit.setHaltProcedure(
                (status, message) -> {
                    throw new IllegalStateException(
                            "Kafka asked to halt with " + status + ": " + message);
                });
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties properties = brokerProperties();
        formatOnce(properties);
        KafkaRaftServer raftServer =
                new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
    }

    /** Stops the broker but keeps its data, so that {@link #start()} brings the same log back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Creates the topics that do not exist yet, so consumers never wait for auto-creation. */
    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
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

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties p = singleNode(dataDirectory.resolve("log"), port, controllerPort);
        // In-process for tests that stop and start the broker: every record on disk at once.
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    /**
     * The configuration of a one-node KRaft cluster (broker and controller) on loopback, shared
     * with the local stack's Kafka process.
     */
    public static Properties singleNode(Path logDirectory, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put(
                "listeners",
                "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        // One node: internal topics must not wait for replicas that will never exist.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private void formatOnce(Properties properties) {
        if (Files.exists(dataDirectory.resolve("log").resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path config = dataDirectory.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(config)) {
                properties.store(writer, "evac single-node KRaft broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status =
                    StorageTool.execute(
                            new String[] {
                                "format",
                                "-t",
                                CLUSTER_ID,
                                "-c",
                                config.toString(),
                                "--ignore-formatted"
                            },
                            new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException(
                        "Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
