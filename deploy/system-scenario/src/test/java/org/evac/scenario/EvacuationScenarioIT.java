package org.evac.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.evac.stack.Stack;
import org.evac.stack.StackOptions;
import org.junit.jupiter.api.Test;

/**
 * The system scenario: the packaged services as separate processes (two instances each of
 * departure-coordination and flight-manifest) against one PostgreSQL and one Kafka, the whole
 * evacuation through the public APIs, a fault after every stage, the same checks after each.
 */
class EvacuationScenarioIT {

    @Test
    void theEvacuationUnderFaultsLosesNobodyDoublesNothingAndLeavesNothingStale() throws Exception {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("evac-scenario");
        StackOptions options =
                StackOptions.defaults(root, data)
                        .onFreePorts()
                        .withInstances("departure-coordination", 2)
                        .withInstances("flight-manifest", 2);
        Stack stack = new Stack(options, event -> System.out.println("[stack] " + event));
        // A test JVM that is told to end must not leave the stack's processes behind.
        Thread stopOnExit = new Thread(stack::stop, "stop-scenario-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            stack.start();
            List<String> mismatches = new Evacuation(stack).run();
            assertThat(mismatches).as("mismatches between the services and their users").isEmpty();
        } finally {
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            keepLogs(data.resolve("logs"), Path.of("target/scenario-logs"));
            deleteRecursively(data);
        }
    }

    /** Every process's log, kept with the build's output for whoever reads a failure. */
    private static void keepLogs(Path logs, Path kept) throws IOException {
        Files.createDirectories(kept);
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
