package org.evac.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.evac.stack.Stack;
import org.evac.stack.StackOptions;

/**
 * A stack of the whole system for one IT, in a data directory of its own on free ports: {@link
 * #close()} stops every process it started, however the test ends (the test JVM's shutdown hook
 * does it too if the JVM is told to end first), keeps every process's log with the build's output
 * and deletes the data.
 */
final class ScenarioStack implements AutoCloseable {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private final Stack stack;
    private final Path data;
    private final Path keptLogs;
    private final Thread stopOnExit;

    private ScenarioStack(Stack stack, Path data, Path keptLogs) {
        this.stack = stack;
        this.data = data;
        this.keptLogs = keptLogs;
        this.stopOnExit = new Thread(stack::stop, "stop-scenario-stack");
    }

    /**
     * Starts the stack {@code configure} describes (it receives the defaults on free ports) and
     * waits until every process is ready; on failure stops what had started.
     */
    static ScenarioStack start(UnaryOperator<StackOptions> configure, Path keptLogs)
            throws Exception {
        Path data = Files.createTempDirectory("evac-scenario");
        StackOptions options = configure.apply(StackOptions.defaults(ROOT, data).onFreePorts());
        Stack stack = new Stack(options, event -> System.out.println("[stack] " + event));
        ScenarioStack started = new ScenarioStack(stack, data, keptLogs);
        // A test JVM that is told to end must not leave the stack's processes behind.
        Runtime.getRuntime().addShutdownHook(started.stopOnExit);
        try {
            stack.start();
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    Stack stack() {
        return stack;
    }

    /** The directory of every process's log while the stack runs. */
    Path logs() {
        return data.resolve("logs");
    }

    @Override
    public void close() throws IOException {
        stack.stop();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        keepLogs(logs(), keptLogs);
        deleteRecursively(data);
    }

    /** Every process's log, kept with the build's output for whoever reads a failure. */
    private static void keepLogs(Path logs, Path kept) throws IOException {
        Files.createDirectories(kept);
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.toList()) {
                Files.copy(
                        log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
