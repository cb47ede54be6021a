package org.evac.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL server process of a data directory, found through its {@code postmaster.pid}. It
 * is nobody's child: {@code pg_ctl start} detaches it, so stopping the process that started it does
 * not stop it.
 */
final class Postmaster {

    private Postmaster() {}

    /** The running postmaster of the cluster in {@code dataDirectory}, if there is one. */
    static Optional<ProcessHandle> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    // pid files outlive crashes, and pids are reused: it must be a postgres of
                    // this directory
                    .filter(
                            process ->
                                    process.info()
                                            .commandLine()
                                            .map(line -> line.contains(dataDirectory.toString()))
                                            .orElse(false));
        } catch (IOException | NumberFormatException missing) {
            return Optional.empty();
        }
    }

    /** The postmaster and its backends. */
    static List<ProcessHandle> tree(ProcessHandle postmaster) {
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }
}
