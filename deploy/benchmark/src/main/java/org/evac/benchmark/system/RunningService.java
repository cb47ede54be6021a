package org.evac.benchmark.system;

import java.util.Optional;

/** One service of the system, started from its packaged {@code quarkus-run.jar}. */
public interface RunningService {

    String name();

    /** Base URL, e.g. {@code http://localhost:41234}. */
    String url();

    /** Launches the process and returns at once; readiness is the caller's to observe. */
    void start();

    /** Stops the process gracefully and returns once it is gone. */
    void stop();

    /** The running process, if any. */
    Optional<ProcessHandle> process();
}
