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
import java.util.stream.Stream;

/**
 * The packaged local stack run as a user runs it, in a throwaway data directory, on free ports (so
 * that it does not collide with another stack on this machine).
 */
final class RunningStack implements AutoCloseable {

    private static final Pattern READY =
            Pattern.compile("=== evac local stack is ready \\((\\d+) s\\) ===");
    private static final Pattern SERVICE =
            Pattern.compile("^(\\S+)\\s+API (http://localhost:\\d+)/api/v1");
    private static final Pattern PHONE_PAGE =
            Pattern.compile("^Phones and mailboxes\\s+(http://localhost:\\d+)/");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Path data;

    private RunningStack(Process process, Path data) {
        this.process = process;
        this.data = data;
        Thread reader = new Thread(this::collectOutput, "stack-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the launcher with these command-line options in a session of its own, as a shell
     * starts a foreground job: its process group holds only the launcher, so {@link #interrupt()}
     * can signal the group as Ctrl-C does. It listens on free ports, except with {@code
     * --keycloak}: the realm's redirect addresses name the dashboard's fixed port.
     */
    static RunningStack start(String... options) throws IOException {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("evac-stack-it");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "setsid",
                                java,
                                "-Devac.root=" + root,
                                "-jar",
                                root.resolve("deploy/local-stack/target/local-stack.jar")
                                        .toString(),
                                "--data",
                                data.toString()));
        if (!List.of(options).contains("--keycloak")) {
            command.add("--free-ports");
        }
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

    /** The base URL the banner printed for a service instance, e.g. {@code flight-manifest-2}. */
    String printedUrl(String instance) {
        synchronized (output) {
            for (String line : output) {
                Matcher service = SERVICE.matcher(line);
                if (service.find() && service.group(1).equals(instance)) {
                    return service.group(2);
                }
            }
        }
        throw new IllegalStateException("No URL printed for " + instance);
    }

    /** The phone page of the stack's SMSC simulator and mail server. */
    String printedPhonePage() {
        synchronized (output) {
            for (String line : output) {
                Matcher page = PHONE_PAGE.matcher(line);
                if (page.find()) {
                    return page.group(1);
                }
            }
        }
        throw new IllegalStateException("No phone page printed");
    }

    /** The generated clients, pointed at the first instance of each service. */
    Clients clients() {
        return new Clients(
                printedUrl("citizen-registry"),
                printedUrl("departure-coordination"),
                printedUrl("flight-manifest"));
    }

    /**
     * Ctrl-C: SIGINT to the launcher's foreground process group, as a terminal sends it, then the
     * wait for the launcher to exit.
     */
    int interrupt() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The stack did not stop within 120 s");
        }
        return process.exitValue();
    }

    /**
     * Every process the stack runs now: its descendants (PostgreSQL's launcher, Kafka, the
     * services) and the PostgreSQL server, which {@code pg_ctl} detached and so is nobody's
     * descendant but names the stack's data directory, with its backends.
     */
    List<ProcessHandle> startedProcesses() {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        ProcessHandle.allProcesses()
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(line -> line.contains(data.toString()))
                                        .orElse(false))
                .filter(p -> !started.contains(p) && p.pid() != process.pid())
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                .forEach(started::add);
        return started;
    }

    /** Which of {@code processes} still run, each with its command line. */
    static List<String> alive(List<ProcessHandle> processes) {
        return processes.stream()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .toList();
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
        List<ProcessHandle> started = startedProcesses();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
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
