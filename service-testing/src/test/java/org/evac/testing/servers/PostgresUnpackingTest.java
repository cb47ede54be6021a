package org.evac.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start that dies while the PostgreSQL binaries are being unpacked (Ctrl-C, out of memory)
 * must not leave a machine on which PostgreSQL never starts again. Each start runs in a JVM of its
 * own, because zonky unpacks at most once per JVM and into a directory shared by every process.
 */
class PostgresUnpackingTest {

    @TempDir Path workingDirectory;

    @Test
    void aServerStartsAgainAfterAnUnpackingThatNeverFinished() throws Exception {
        assertThat(startAndStopInOwnJvm()).isZero();
        Path unpacked = unpackDirectory();
        // What an unpacking killed half-way leaves: no marker of its end, and a link unpacked
        // before the file it points to.
        Files.delete(unpacked.resolve(".exists"));
        Path link = firstSymbolicLink(unpacked);
        Files.delete(link.resolveSibling(Files.readSymbolicLink(link)));

        assertThat(startAndStopInOwnJvm()).isZero();
        assertThat(unpacked.resolve(".exists")).exists();
    }

    private Path unpackDirectory() throws IOException {
        try (Stream<Path> directories = Files.list(workingDirectory)) {
            List<Path> unpacked =
                    directories
                            .filter(path -> path.getFileName().toString().startsWith("PG-"))
                            .toList();
            assertThat(unpacked).hasSize(1);
            return unpacked.get(0);
        }
    }

    private static Path firstSymbolicLink(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isSymbolicLink).findFirst().orElseThrow();
        }
    }

    private int startAndStopInOwnJvm() throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dot.epg.working-dir=" + workingDirectory,
                                "-cp",
                                System.getProperty("java.class.path"),
                                StartAndStop.class.getName())
                        .redirectErrorStream(true)
                        .redirectOutput(workingDirectory.resolve("start.log").toFile())
                        .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("PostgreSQL neither started nor failed within 2 minutes");
        }
        if (process.exitValue() != 0) {
            System.out.println(Files.readString(workingDirectory.resolve("start.log")));
        }
        return process.exitValue();
    }

    /** Starts an ephemeral server, checks it answers, and stops it. */
    static final class StartAndStop {
        public static void main(String[] args) throws Exception {
            try (PostgresServer server = PostgresServer.startEphemeral()) {
                server.createDatabaseIfMissing("unpacking");
            }
        }
    }
}
