package org.evac.infrastructure.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL 17 server process (zonky binaries) for tests and the local stack. With a data
 * directory the cluster survives restarts; without one it lives in a temporary directory and is
 * removed on close.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a free port in a throwaway directory. */
    public static PostgresServer startEphemeral() {
        return start(null, 0);
    }

    /** Starts a server keeping its cluster in {@code dataDirectory}; port 0 picks a free port. */
    public static PostgresServer start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder()
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "300")
                            .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                            .setServerConfig(
                                    "synchronous_commit", dataDirectory == null ? "off" : "on")
                            .setLocaleConfig("locale", "C.UTF-8")
                            .setLocaleConfig("encoding", "UTF8");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists: each service owns one. */
    public void createDatabaseIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery(
                            "select 1 from pg_database where datname = '"
                                    + database.replace("'", "''")
                                    + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
