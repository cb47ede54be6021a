package org.evac.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.evac.benchmark.system.RunningService;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * The benchmark's one seam to the local stack: the {@link Stack} a user runs (PostgreSQL, Kafka and
 * the three services, each a process of its own), on free ports and in the benchmark's own data
 * directory, so that a running local stack or a parallel build is not disturbed. It sits in the
 * launcher's package for the stack's database list.
 */
public final class LocalStackSystem implements SystemUnderTest {

    private final Stack stack;
    private final List<RunningService> services;

    /**
     * A stack of the build in {@code root} keeping its data in {@code data}; {@code environment}
     * adds variables to a service's process (e.g. {@code JAVA_TOOL_OPTIONS} for a JFR recording).
     */
    public LocalStackSystem(
            Path root, Path data, Function<String, Map<String, String>> environment) {
        stack =
                new Stack(
                        StackOptions.defaults(root, data).onFreePorts(),
                        event -> System.out.println("  [stack] " + event),
                        environment);
        services =
                stack.services().stream()
                        .map(Service::new)
                        .map(RunningService.class::cast)
                        .toList();
    }

    @Override
    public void startInfrastructure() {
        try {
            stack.startInfrastructure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL and Kafka", e);
        }
    }

    @Override
    public List<RunningService> services() {
        return services;
    }

    @Override
    public String jdbcUrl(String service) {
        return stack.postgres().jdbcUrl(Stack.DATABASES.get(service));
    }

    @Override
    public String bootstrapServers() {
        return stack.kafka().bootstrapServers();
    }

    @Override
    public String token(String user, List<String> roles) {
        return stack.token(user, roles, null);
    }

    @Override
    public Optional<ProcessHandle> postgres() {
        return stack.postgres().server();
    }

    @Override
    public Optional<ProcessHandle> kafka() {
        return stack.kafka().handle();
    }

    @Override
    public void stop() {
        stack.stopProcesses();
    }

    @Override
    public void close() {
        stack.stop();
    }

    /** A service instance of the stack, started and stopped by the measurements. */
    private record Service(ServiceProcess instance) implements RunningService {

        @Override
        public String name() {
            return instance.service();
        }

        @Override
        public String url() {
            return instance.url();
        }

        @Override
        public void start() {
            instance.start();
        }

        @Override
        public void stop() {
            instance.stop();
        }

        @Override
        public Optional<ProcessHandle> process() {
            return instance.handle();
        }
    }
}
