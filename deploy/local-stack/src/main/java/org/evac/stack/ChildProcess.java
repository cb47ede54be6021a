package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One process of the stack, supervised: it runs in its own session with its output appended to its
 * own log file, and when it exits without being told to, it is started again after a backoff (1 s,
 * doubling up to 30 s; back to 1 s once a run lasted a minute). {@link #stop()} ends it for good
 * and returns only once it and everything it started have exited; {@link #kill()} is a crash
 * (SIGKILL), which the supervisor answers like any other. Each kind of process (PostgreSQL, Kafka,
 * a service instance, ...) is one subclass saying how to start it, when it is ready and what must
 * be cleaned up after it.
 */
public abstract class ChildProcess {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration STABLE_RUN = Duration.ofMinutes(1);
    private static final ScheduledExecutorService RESTARTS =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "stack-supervisor");
                        thread.setDaemon(true);
                        return thread;
                    });

    private final String name;
    private final Path logFile;
    private final Consumer<String> events;
    private Process process;
    private Instant startedAt;
    private Duration backoff = FIRST_BACKOFF;
    private boolean wanted;
    private int restarts;

    protected ChildProcess(String name, Path logDirectory, Consumer<String> events) {
        this.name = name;
        this.logFile = logDirectory.resolve(name + ".log");
        this.events = events;
    }

    public final String name() {
        return name;
    }

    public final Path logFile() {
        return logFile;
    }

    /** Starts the process and keeps it running until {@link #stop()}; does not wait for it. */
    public final synchronized void start() {
        wanted = true;
        if (process == null || !process.isAlive()) {
            launch();
        }
    }

    /**
     * Ends the process for good: a graceful stop, a SIGKILL after {@link #stopTimeout()}, then
     * whatever {@link #afterExit()} cleans up. Returns once all of it has exited.
     */
    public final void stop() {
        Process running;
        synchronized (this) {
            wanted = false;
            running = process;
        }
        if (running == null) {
            return;
        }
        boolean alive = running.isAlive();
        if (alive) {
            note("stopping");
        }
        List<ProcessHandle> tree = new ArrayList<>(running.descendants().toList());
        running.destroy();
        try {
            if (!running.waitFor(stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                note("did not stop within " + stopTimeout().toSeconds() + " s; killing it");
                running.destroyForcibly();
                running.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // A child that left its own children behind (or was killed before it could stop them)
        // must not leave them running: they hold ports and data directories.
        tree.stream().filter(ProcessHandle::isAlive).forEach(ChildProcess::killAndWait);
        afterExit();
        if (alive) {
            note("stopped");
        }
    }

    /** SIGKILL, as a crash would; the supervisor restarts the process after its backoff. */
    public final synchronized void kill() {
        if (process != null && process.isAlive()) {
            note("killed (SIGKILL)");
            process.destroyForcibly();
        }
    }

    /** Stops the process and starts it again at once, without a backoff. */
    public final void restart() {
        stop();
        start();
    }

    /** Waits until the process is ready, failing if it does not get there in time. */
    public final void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (isRunning() && isReady()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                name + " was not ready within " + timeout.toSeconds() + " s; see " + logFile);
    }

    public final synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** How often the supervisor has started the process again after it exited on its own. */
    public final synchronized int restarts() {
        return restarts;
    }

    /** The running process, if any. */
    public final synchronized Optional<ProcessHandle> handle() {
        return isRunning() ? Optional.of(process.toHandle()) : Optional.empty();
    }

    /** Every operating-system process that belongs to this one now, itself included. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        handle().ifPresent(
                        own -> {
                            tree.add(own);
                            own.descendants().forEach(tree::add);
                        });
        return tree;
    }

    /** The command line; the first element is the program. */
    protected abstract List<String> command();

    /** Variables added to the stack's own environment. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    /** Whether the running process serves what it is for (a query answers, a port accepts). */
    protected abstract boolean isReady();

    /** How long a graceful stop may take before the process is killed. */
    protected Duration stopTimeout() {
        return Duration.ofSeconds(20);
    }

    /** Runs before each start, e.g. to prepare storage or to clear what a crash left behind. */
    protected void beforeStart() {}

    /** Runs after each exit, planned or not, e.g. to make sure nothing the process ran survives. */
    protected void afterExit() {}

    /** Appends a line to this process's log and tells the stack. */
    protected final void note(String message) {
        events.accept(name + " " + message);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "=== " + Instant.now() + " stack: " + message + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + logFile, e);
        }
    }

    /** The java launcher this JVM runs on, for child JVMs. */
    protected static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** SIGKILL, then waits (bounded) until the process is gone. */
    protected static void killAndWait(ProcessHandle handle) {
        handle.destroyForcibly();
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // reported by whoever checks for survivors
        }
    }

    private void launch() {
        beforeStart();
        note("starting");
        List<String> command = new ArrayList<>();
        // Its own session: Ctrl-C in a terminal signals the whole foreground process group, and the
        // stack must be the only one to receive it, so that it stops its processes in order
        // (services before Kafka and PostgreSQL) instead of all of them dying at once. setsid
        // execs in place here (a child is never a group leader), so the pid stays the process's.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(command());
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment());
        try {
            Process started = builder.start();
            process = started;
            startedAt = Instant.now();
            started.onExit().thenRun(() -> exited(started));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void exited(Process exited) {
        synchronized (this) {
            if (exited != process || !wanted) {
                return;
            }
        }
        afterExit();
        synchronized (this) {
            if (exited != process || !wanted) {
                return;
            }
            if (Duration.between(startedAt, Instant.now()).compareTo(STABLE_RUN) >= 0) {
                backoff = FIRST_BACKOFF;
            }
            Duration delay = backoff;
            backoff =
                    backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                            ? MAX_BACKOFF
                            : backoff.multipliedBy(2);
            note(
                    "exited with "
                            + exited.exitValue()
                            + "; starting again in "
                            + delay.toSeconds()
                            + " s");
            RESTARTS.schedule(
                    () -> restartAfterCrash(exited), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void restartAfterCrash(Process crashed) {
        if (crashed != process || !wanted) {
            return;
        }
        restarts++;
        try {
            launch();
        } catch (RuntimeException e) {
            note("could not be started again: " + e.getMessage());
        }
    }
}
