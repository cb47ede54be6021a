package org.evac.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.evac.infrastructure.servers.KafkaServer;
import org.evac.infrastructure.servers.PostgresServer;

/**
 * The real PostgreSQL and Kafka servers of one test JVM, started on first use and stopped when the JVM exits.
 * Environment variables {@code QUARKUS_DATASOURCE_JDBC_URL} and {@code KAFKA_BOOTSTRAP_SERVERS} name external
 * servers to use instead.
 */
final class RealInfrastructure {

    /**
     * Test classes run in Quarkus' own class loader, where this class has separate statics; a JDK-typed handle in
     * the system properties lets them reach the one broker of the JVM.
     */
    static final String KAFKA_CONTROL = "evac.test.kafka-control";

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static Path keyDirectory;

    private RealInfrastructure() {
    }

    static synchronized Map<String, String> configFor(String database) {
        Map<String, String> config = new HashMap<>();
        if (env("QUARKUS_DATASOURCE_JDBC_URL").isEmpty()) {
            if (postgres == null) {
                postgres = PostgresServer.startEphemeral();
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
            }
            postgres.createDatabaseIfMissing(database);
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.username", PostgresServer.USER);
            config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        }
        if (env("KAFKA_BOOTSTRAP_SERVERS").isEmpty()) {
            if (kafka == null) {
                kafka = KafkaServer.startEphemeral();
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-kafka"));
                Consumer<String> control = command -> {
                    switch (command) {
                        case "stop" -> kafka.stop();
                        case "start" -> kafka.start();
                        default -> throw new IllegalArgumentException(command);
                    }
                };
                System.getProperties().put(KAFKA_CONTROL, control);
            }
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        }
        config.putAll(signingKeys());
        return config;
    }

    /** A fresh RS256 key pair per JVM: tests mint real signed tokens, the service verifies them. */
    private static Map<String, String> signingKeys() {
        try {
            if (keyDirectory == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path directory = Files.createTempDirectory("evac-test-keys");
                Files.writeString(directory.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(directory.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                keyDirectory = directory;
            }
            return Map.of(
                    "mp.jwt.verify.publickey.location", keyDirectory.resolve("public.pem").toUri().toString(),
                    "smallrye.jwt.sign.key.location", keyDirectory.resolve("private.pem").toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
