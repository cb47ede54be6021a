package org.evac.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged local stack run as a user runs it, in a throwaway data directory. */
final class RunningStack implements AutoCloseable {

    private static final Pattern READY =
            Pattern.compile("=== evac local stack is ready \\((\\d+) s\\) ===");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Path data;
    private List<ProcessHandle> descendants = List.of();

    private RunningStack(Process process, Path data) {
        this.process = process;
        this.data = data;
        Thread reader = new Thread(this::collectOutput, "stack-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The stack with these command-line options (none: the demo tokens, no Keycloak). */
    static RunningStack start(String... options) throws IOException {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("evac-stack-it");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-Devac.root=" + root,
                                "-jar",
                                root.resolve("deploy/local-stack/target/local-stack.jar")
                                        .toString(),
                                "--data",
                                data.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new RunningStack(process, data);
    }

    /** Waits for the ready banner and returns the start-up time the stack reported. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            synchronized (output) {
                for (String line : output) {
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        Thread.sleep(500);
                        descendants = startedBy();
                        return Duration.ofSeconds(Long.parseLong(ready.group(1)));
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The stack exited: " + printed());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "The stack was not ready within " + timeout + ": " + printed());
    }

    /** The bearer token the banner printed for a demo user. */
    String printedToken(String user) {
        synchronized (output) {
            for (int i = 0; i < output.size() - 1; i++) {
                if (output.get(i).startsWith(user + " ")) {
                    return output.get(i + 1).strip();
                }
            }
        }
        throw new IllegalStateException("No token printed for " + user);
    }

    /** Like Ctrl-C: a signal the JVM turns into an orderly shutdown. */
    int interrupt() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The stack did not stop within 60 s");
        }
        return process.exitValue();
    }

    /**
     * The services are children of the stack; PostgreSQL is started through pg_ctl and so detaches,
     * but its command line names the stack's data directory.
     */
    private List<ProcessHandle> startedBy() {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        ProcessHandle.allProcesses()
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(line -> line.contains(data.toString()))
                                        .orElse(false))
                .filter(p -> !started.contains(p) && p.pid() != process.pid())
                .forEach(started::add);
        return started;
    }

    /**
     * Processes the stack had started (services, PostgreSQL) still running a few seconds after the
     * stack itself exited, each with its command line. The grace period is for a process already
     * told to stop that is still exiting (a PostgreSQL backend after pg_ctl returned, a JVM on a
     * busy machine).
     */
    List<String> survivors() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)
                && descendants.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(200);
        }
        return descendants.stream()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .toList();
    }

    List<ProcessHandle> startedProcesses() {
        return descendants;
    }

    String printed() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    Path data() {
        return data;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void collectOutput() {
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // the stack exited
        }
    }
}
