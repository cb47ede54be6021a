package org.evac.infrastructure.testing;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.evac.infrastructure.servers.KafkaServer;
import org.evac.infrastructure.servers.PostgresServer;

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

    static synchronized Map<String, String> configFor(String database) {
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
        void stopKafka();

        void startKafka();

        void stopPostgres();

        void startPostgres();
    }

    private static final class Servers implements ServersMBean {

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
        try {
            ObjectName name = new ObjectName(CONTROL);
            if (!ManagementFactory.getPlatformMBeanServer().isRegistered(name)) {
                ManagementFactory.getPlatformMBeanServer()
                        .registerMBean(new StandardMBean(new Servers(), ServersMBean.class), name);
            }
        } catch (JMException e) {
            throw new IllegalStateException("Could not expose the server control", e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
