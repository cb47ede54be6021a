package org.evac.testing.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 server process (zonky binaries) for tests and the local stack. With a data
 * directory the cluster survives restarts; without one it lives in a temporary directory and is
 * removed on close. {@link #stop} and {@link #start} restart it on the same port and data, for
 * fault tests.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final boolean ephemeral;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, boolean ephemeral, int port) {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.postgres = launch(dataDirectory, port, !ephemeral);
        this.port = postgres.getPort();
    }

    /** Starts a server on a free port in a throwaway directory. */
    public static PostgresServer startEphemeral() {
        try {
            return new PostgresServer(Files.createTempDirectory("evac-postgres-"), true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for PostgreSQL", e);
        }
    }

    /** Starts a server keeping its cluster in {@code dataDirectory}; port 0 picks a free port. */
    public static PostgresServer start(Path dataDirectory, int port) {
        return new PostgresServer(dataDirectory, false, port);
    }

    private static EmbeddedPostgres launch(Path dataDirectory, int port, boolean durable) {
        try {
            return configured(dataDirectory, port, durable).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        } catch (RuntimeException | ExceptionInInitializerError e) {
            // zonky unpacks its binaries once into a shared directory and marks it done with
            // ".exists"; an unpacking that died half-way (killed, out of memory) leaves files that
            // make every later unpacking fail. Such a directory is removed and unpacked again.
            Path unfinished = unfinishedUnpacking(e);
            if (unfinished == null) {
                throw e;
            }
            deleteRecursively(unfinished);
            try {
                return configured(dataDirectory, port, durable).start();
            } catch (IOException again) {
                throw new UncheckedIOException("PostgreSQL did not start", again);
            }
        }
    }

    /** The unpack directory ({@code PG-<digest>}) that a failed start left unfinished, or null. */
    private static Path unfinishedUnpacking(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileAlreadyExistsException existing
                    && existing.getFile() != null) {
                for (Path path = Path.of(existing.getFile());
                        path != null;
                        path = path.getParent()) {
                    Path name = path.getFileName();
                    if (name != null
                            && name.toString().startsWith("PG-")
                            && !Files.exists(path.resolve(".exists"))) {
                        return path;
                    }
                }
            }
        }
        return null;
    }

    private static EmbeddedPostgres.Builder configured(
            Path dataDirectory, int port, boolean durable) {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off")
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /** Stops the server process, keeping its data; {@link #start()} brings it back. */
    public synchronized void stop() {
        if (postgres != null) {
            closeQuietly(postgres);
            postgres = null;
        }
    }

    /** Starts the stopped server again on the same port and data. */
    public synchronized void start() {
        if (postgres == null) {
            postgres = launch(dataDirectory, port, !ephemeral);
        }
    }

    public int port() {
        return port;
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
    public synchronized void close() {
        stop();
        if (ephemeral) {
            deleteRecursively(dataDirectory);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
