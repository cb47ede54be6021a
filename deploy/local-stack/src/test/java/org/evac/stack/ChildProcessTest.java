package org.evac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supervision of real operating-system processes: restarts after crashes, stops for good. */
class ChildProcessTest {

    @TempDir Path logs;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<ChildProcess> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(ChildProcess::stop);
    }

    @Test
    void aProcessThatDiesIsStartedAgainAfterABackoff() throws Exception {
        ChildProcess shell = start(new Shell("sleep 300", Duration.ofSeconds(5)));
        long first = shell.handle().orElseThrow().pid();

        shell.kill();

        await().atMost(Duration.ofSeconds(10)).until(() -> shell.restarts() == 1);
        assertThat(shell.isRunning()).isTrue();
        assertThat(shell.handle().orElseThrow().pid()).isNotEqualTo(first);
        assertThat(events).contains("shell exited with 137; starting again in 1 s");
        assertThat(Files.readString(shell.logFile()))
                .contains("stack: killed (SIGKILL)")
                .contains("stack: exited with 137; starting again in 1 s");
    }

    @Test
    void stopEndsTheProcessWithWhatItStartedAndNothingStartsItAgain() throws Exception {
        ChildProcess shell = start(new Shell("sleep 300 & sleep 300", Duration.ofSeconds(5)));
        await().atMost(Duration.ofSeconds(5)).until(() -> shell.processTree().size() >= 2);
        List<ProcessHandle> tree = shell.processTree();

        shell.stop();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        Thread.sleep(1_500);
        assertThat(shell.isRunning()).isFalse();
        assertThat(shell.restarts()).isZero();
    }

    @Test
    void aProcessThatIgnoresTheStopSignalIsKilledAfterItsStopTimeout() throws Exception {
        ChildProcess stubborn =
                start(new Shell("trap '' TERM; sleep 300 & wait", Duration.ofSeconds(1)));
        await().atMost(Duration.ofSeconds(5)).until(() -> stubborn.processTree().size() >= 2);
        List<ProcessHandle> tree = stubborn.processTree();

        stubborn.stop();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(events).contains("shell did not stop within 1 s; killing it");
    }

    @Test
    void aStoppedProcessStartsAgain() throws Exception {
        ChildProcess shell = start(new Shell("sleep 300", Duration.ofSeconds(5)));
        shell.stop();

        shell.start();
        shell.awaitReady(Duration.ofSeconds(5));

        assertThat(shell.isRunning()).isTrue();
    }

    private ChildProcess start(ChildProcess process) {
        started.add(process);
        process.start();
        return process;
    }

    private final class Shell extends ChildProcess {

        private final String script;
        private final Duration stopTimeout;

        Shell(String script, Duration stopTimeout) {
            super("shell", logs, events::add);
            this.script = script;
            this.stopTimeout = stopTimeout;
        }

        @Override
        protected List<String> command() {
            return List.of("sh", "-c", script);
        }

        @Override
        protected boolean isReady() {
            return true;
        }

        @Override
        protected Duration stopTimeout() {
            return stopTimeout;
        }
    }
}
