package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs the whole system on this machine (a {@link Stack}): PostgreSQL, Kafka and the three services
 * in prod mode, each a process of its own, with data kept in {@code deploy/local-stack/data}.
 * Ctrl-C stops everything.
 */
public final class LocalStack {

    private LocalStack() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("evac.root", ".")).toAbsolutePath().normalize();
        StackOptions options;
        try {
            options = StackOptions.parse(root, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.isTokenCommand()) {
            System.out.println(TokenCommand.run(options));
            return;
        }
        run(options);
    }

    private static void run(StackOptions options) throws InterruptedException {
        long started = System.nanoTime();
        if (options.reset()) {
            deleteRecursively(options.dataDirectory());
            System.out.println("Data directory reset: " + options.dataDirectory());
        }
        Stack stack = new Stack(options, event -> System.out.println("  " + event));
        ensureFree(stack);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("\nStopping the evac stack ...");
                                    stack.stop();
                                    System.out.println("Stopped.");
                                    stopped.countDown();
                                },
                                "stop-stack"));
        try {
            stack.start();
        } catch (IllegalStateException e) {
            if (stopped.getCount() == 0) {
                return; // Ctrl-C during start-up
            }
            System.err.println(e.getMessage());
            System.exit(1);
        }
        if (options.seed() && !options.infrastructureOnly()) {
            new DemoSeed(new TokenMinter(stack.keys().privateKey()), stack).load();
        }
        System.out.print(Banner.render(stack, Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
    }

    private static void ensureFree(Stack stack) {
        List<Integer> ports = new ArrayList<>(List.of(stack.postgres().port()));
        ports.addAll(stack.kafka().ports());
        stack.services().forEach(instance -> ports.add(instance.port()));
        stack.keycloak().ifPresent(keycloak -> ports.add(keycloak.realm().port()));
        stack.messaging().ifPresent(messaging -> ports.addAll(messaging.ports()));
        for (int port : ports) {
            if (!Ports.isFree(port)) {
                System.err.println(
                        "Port "
                                + port
                                + " is already in use. Is another evac stack running? Find the "
                                + "process with: ss -ltnp 'sport = :"
                                + port
                                + "', or start this one with --free-ports");
                System.exit(1);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reset " + directory, e);
        }
    }
}
