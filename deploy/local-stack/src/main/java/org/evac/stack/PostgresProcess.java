package org.evac.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.evac.testing.servers.PostgresServer;

/**
 * PostgreSQL 17 in a JVM of its own ({@link PostgresMain}), with its cluster kept in the data
 * directory so that a restart keeps every row.
 */
public final class PostgresProcess extends ChildProcess {

    private final Path launcherJar;
    private final Path clusterDirectory;
    private final int port;
    private final List<String> databases;
    private volatile ProcessHandle postmaster;

    PostgresProcess(
            Path launcherJar,
            Path dataDirectory,
            int port,
            List<String> databases,
            Consumer<String> events) {
        super("postgres", dataDirectory.resolve("logs"), events);
        this.launcherJar = launcherJar;
        this.clusterDirectory = dataDirectory.resolve("postgres");
        this.port = port;
        this.databases = List.copyOf(databases);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The server (postmaster), whose children are the backends, while it runs. */
    public Optional<ProcessHandle> server() {
        return Optional.ofNullable(postmaster).filter(ProcessHandle::isAlive);
    }

    /** The launcher JVM and the server processes, which are not its descendants. */
    @Override
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>(super.processTree());
        Optional.ofNullable(postmaster)
                .filter(ProcessHandle::isAlive)
                .ifPresent(server -> tree.addAll(Postmaster.tree(server)));
        return tree;
    }

    @Override
    protected List<String> command() {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java(),
                                // Unpacking the binaries on a machine that has none yet ran out of
                                // memory with 64 MiB (the xz stream); the launcher idles after.
                                "-Xmx256m",
                                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                                "-cp",
                                launcherJar.toString(),
                                PostgresMain.class.getName(),
                                clusterDirectory.toString(),
                                Integer.toString(port)));
        command.addAll(databases);
        return command;
    }

    /** Every database answers; the postmaster is remembered so that its end can be awaited. */
    @Override
    protected boolean isReady() {
        for (String database : databases) {
            try (Connection connection =
                    DriverManager.getConnection(
                            jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD)) {
                connection.isValid(2);
            } catch (SQLException notYet) {
                return false;
            }
        }
        postmaster = Postmaster.of(clusterDirectory).orElse(null);
        return true;
    }

    /** PostgreSQL may need a shutdown checkpoint; {@link PostgresMain} waits up to 60 s for it. */
    @Override
    protected Duration stopTimeout() {
        return Duration.ofSeconds(75);
    }

    /**
     * A postmaster left running by a launcher that was killed holds the port and the cluster, and
     * the new one could not start: it goes first.
     */
    @Override
    protected void beforeStart() {
        Postmaster.of(clusterDirectory)
                .ifPresent(
                        orphan -> {
                            note(
                                    "found a postmaster left running (pid "
                                            + orphan.pid()
                                            + "); killing it");
                            Postmaster.tree(orphan).forEach(ChildProcess::killAndWait);
                        });
    }

    /**
     * The launcher JVM stops the postmaster before it exits, unless it was killed: then the server
     * would run on, nobody's child, so it is ended here.
     */
    @Override
    protected void afterExit() {
        ProcessHandle server = postmaster;
        if (server != null && server.isAlive()) {
            note("postmaster (pid " + server.pid() + ") outlived its launcher; killing it");
            Postmaster.tree(server).forEach(ChildProcess::killAndWait);
        }
        postmaster = null;
    }
}
