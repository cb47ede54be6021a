package org.evac.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evac.testing.servers.KafkaServer;
import org.evac.testing.servers.PostgresServer;

/**
 * The real PostgreSQL and Kafka servers of one test JVM, started on first use and stopped when the
 * JVM exits. Environment variables {@code QUARKUS_DATASOURCE_JDBC_URL} and {@code
 * KAFKA_BOOTSTRAP_SERVERS} name external servers to use instead.
 */
final class RealInfrastructure {

    /**
     * Test classes run in Quarkus' own class loader, where this class has separate statics; an
     * MBean on the platform server lets them reach the one broker of the JVM.
     */
    static final String CONTROL = "org.evac.test:type=Servers";

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private RealInfrastructure() {}

    /**
     * The configuration that points a service at the servers, which are started by the first class
     * loader to ask; a later one (another test profile) is given the same servers.
     */
    @SuppressWarnings("unchecked")
    static synchronized Map<String, String> configFor(String database) {
        if (postgres == null && kafka == null && JvmWide.exposed(CONTROL)) {
            return (Map<String, String>)
                    JvmWide.call(CONTROL, "The server control went away", "configFor", database);
        }
        return ownConfigFor(database);
    }

    private static synchronized Map<String, String> ownConfigFor(String database) {
        Map<String, String> config = new HashMap<>();
        if (env("QUARKUS_DATASOURCE_JDBC_URL").isEmpty()) {
            if (postgres == null) {
                postgres = PostgresServer.startEphemeral();
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
                registerControl();
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
                registerControl();
            }
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        }
        return config;
    }

    /** Lifecycle of the test JVM's servers, exposed over JMX for {@link ServerControl}. */
    public interface ServersMBean {
        /** What {@link RealInfrastructure#configFor} returns in the class loader that owns them. */
        Map<String, String> configFor(String database);

        void stopKafka();

        void startKafka();

        void stopPostgres();

        void startPostgres();
    }

    private static final class Servers implements ServersMBean {

        @Override
        public Map<String, String> configFor(String database) {
            return ownConfigFor(database);
        }

        @Override
        public void stopKafka() {
            kafka().stop();
        }

        @Override
        public void startKafka() {
            kafka().start();
        }

        @Override
        public void stopPostgres() {
            postgres().stop();
        }

        @Override
        public void startPostgres() {
            postgres().start();
        }

        private static KafkaServer kafka() {
            synchronized (RealInfrastructure.class) {
                if (kafka == null) {
                    throw new IllegalStateException("No broker of this JVM");
                }
                return kafka;
            }
        }

        private static PostgresServer postgres() {
            synchronized (RealInfrastructure.class) {
                if (postgres == null) {
                    throw new IllegalStateException("No PostgreSQL of this JVM");
                }
                return postgres;
            }
        }
    }

    private static void registerControl() {
        if (!JvmWide.exposed(CONTROL)) {
            JvmWide.expose(CONTROL, new Servers(), ServersMBean.class);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
