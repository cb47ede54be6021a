package org.evac.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evac.testing.servers.PostgresServer;

/**
 * PostgreSQL as a process of its own: {@code PostgresMain DATA_DIR PORT DATABASE...} starts the
 * zonky server on the cluster in {@code DATA_DIR} (created on first start, kept after), creates the
 * databases that are missing and runs until it is told to stop (SIGTERM), then stops PostgreSQL and
 * exits only once the postmaster and its backends are gone. The server binaries refuse to run as
 * root; zonky runs them in a user namespace, which is why PostgreSQL is started through it.
 */
public final class PostgresMain {

    /** How long the server may take to shut down (a checkpoint on a busy machine) before a kill. */
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private PostgresMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        PostgresServer server = PostgresServer.start(data, port);
        Optional<ProcessHandle> postmaster = Postmaster.of(data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    stop(server, postmaster);
                                    stopped.countDown();
                                },
                                "stop-postgres"));
        List.of(args).subList(2, args.length).forEach(server::createDatabaseIfMissing);
        System.out.println(
                "PostgreSQL ready on port "
                        + port
                        + ", postmaster pid "
                        + postmaster.map(p -> Long.toString(p.pid())).orElse("?"));
        stopped.await();
    }

    /**
     * zonky's {@code pg_ctl stop -m fast -w} gives up after 5 s and returns as soon as the pid file
     * is gone, both before the postmaster and its backends have exited: wait for them here, so that
     * this process exiting means PostgreSQL is down.
     */
    private static void stop(PostgresServer server, Optional<ProcessHandle> postmaster) {
        List<ProcessHandle> tree = postmaster.map(Postmaster::tree).orElse(List.of());
        try {
            server.close();
        } catch (RuntimeException e) {
            System.err.println("pg_ctl stop failed: " + e.getMessage());
        }
        Instant deadline = Instant.now().plus(SHUTDOWN);
        for (ProcessHandle process : tree) {
            try {
                process.onExit()
                        .get(
                                Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                                TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.err.println(
                        "PostgreSQL process " + process.pid() + " still runs; killing it");
                ChildProcess.killAndWait(process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ChildProcess.killAndWait(process);
            }
        }
        System.out.println("PostgreSQL stopped");
    }
}
