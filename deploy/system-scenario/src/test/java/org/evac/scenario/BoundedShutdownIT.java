package org.evac.scenario;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.evac.scenario.RegistrationClient.Attempt;
import org.evac.scenario.RegistrationClient.Outcome;
import org.evac.scenario.RegistrationClient.Registration;
import org.evac.scenario.api.Http1Connection;
import org.evac.scenario.api.Http1Connection.Answer;
import org.evac.stack.ChildProcess;
import org.evac.stack.ServiceProcess;
import org.evac.stack.Stack;
import org.evac.testing.servers.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bounded shutdown (issue 10): SIGTERM ends a service in less than 5 s, even with Kafka and
 * PostgreSQL unreachable, and the requests in flight when it arrives get their whole answer. The
 * packaged services run as separate processes of a stack of their own, one instance each.
 *
 * <p>Each test starts with every process running, whatever the one before stopped; they run in the
 * order that restarts least.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoundedShutdownIT {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Duration READY = Duration.ofMinutes(3);
    private static final List<String> CLIENTS = List.of("Farida", "Nadia", "Parwana", "Soraya");
    private static final Path KEPT_LOGS = Path.of("target/scenario-logs/bounded-shutdown");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScenarioStack running;
    private static Stack stack;

    @BeforeAll
    static void startStack() throws Exception {
        running = ScenarioStack.start(options -> options, KEPT_LOGS);
        stack = running.stack();
    }

    @AfterAll
    static void stopStack() throws IOException {
        if (running != null) {
            running.close();
        }
    }

    @BeforeEach
    void everythingRuns() throws InterruptedException {
        awaitRunning(List.of(stack.postgres(), stack.kafka()));
        awaitRunning(stack.services());
    }

    /**
     * Several coordinators register persons without pause; a table lock in the registry's database
     * holds each one's registration in the middle of its transaction, so that exactly one request
     * per client is in flight, provably, when SIGTERM arrives. Once the service refuses new
     * requests (a 503 proves its shutdown has begun) the lock goes: those registrations must come
     * back as whole 201s, every request sent after the signal must be refused before the server
     * takes it (a 503, a connection closed before any answer, nothing listening), and, once the
     * stack has started the service again, every 201 person exists whole, a retry of an answered
     * registration replays it, and a retry of a refused one registers afresh (neither its key nor a
     * person with its passport was left behind: that would be a replay or a 409).
     */
    @Test
    @Order(1)
    void requestsInFlightAtSigtermGetTheirWholeAnswerAndRefusedOnesLeaveNothing() throws Exception {
        ServiceProcess registry = stack.instances("citizen-registry").get(0);
        String token = stack.token("cora.coordinator", List.of("coordinator"), null);
        String familyName =
                "Sigterm "
                        + RegistrationClient.letters(ThreadLocalRandom.current().nextInt(1 << 20));
        List<RegistrationClient> clients =
                CLIENTS.stream()
                        .map(
                                name ->
                                        new RegistrationClient(
                                                name, registry.port(), token, familyName))
                        .toList();
        ProcessHandle server = registry.handle().orElseThrow();
        CompletableFuture<Long> exited = server.onExit().thenApply(process -> System.nanoTime());
        // The old server is gone for good once its process has exited: the clients stop before
        // the supervisor starts it again (a second later at the earliest).
        exited.thenRun(() -> clients.forEach(RegistrationClient::stop));
        List<Thread> threads = new ArrayList<>();
        for (RegistrationClient client : clients) {
            Thread thread = new Thread(client, "registering-" + client.name());
            threads.add(thread);
            thread.start();
        }
        long signalled;
        Duration sigtermToExit;
        try (Connection lock = registryDatabase();
                Connection watch = registryDatabase();
                Http1Connection probe = Http1Connection.open(registry.port())) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> clients.stream().allMatch(client -> client.created() >= 2));
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table person_contact in exclusive mode");
            }
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> waitingForLocks(watch) >= clients.size());
            assertThat(get(probe, token, RegistrationClient.PERSONS + "?size=1").status())
                    .isEqualTo(200);
            signalled = System.nanoTime();
            server.destroy();
            awaitRefusal(probe, registry.port(), token);
            lock.rollback();
            sigtermToExit = awaitExit(registry, server, exited, signalled);
        } finally {
            clients.forEach(RegistrationClient::stop);
            for (Thread thread : threads) {
                thread.join(MINUTES.toMillis(1));
            }
        }
        List<Attempt> attempts = clients.stream().flatMap(c -> c.attempts().stream()).toList();
        List<Attempt> before = attempts.stream().filter(a -> a.startedNanos() < signalled).toList();
        List<Attempt> after = attempts.stream().filter(a -> a.startedNanos() > signalled).toList();
        figure(
                "citizen-registry, PostgreSQL and Kafka up, %d registrations in flight: SIGTERM to"
                        + " exit %d ms; requests sent after SIGTERM: %s",
                clients.size(), sigtermToExit.toMillis(), outcomes(after));

        assertThat(attempts)
                .as("answers that were neither a whole 201 nor a refusal")
                .filteredOn(a -> a.outcome() == Outcome.UNEXPECTED)
                .isEmpty();
        assertThat(before)
                .as("registrations begun before SIGTERM get their whole 201")
                .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.CREATED));
        assertThat(before)
                .as("registrations in flight when SIGTERM arrived")
                .filteredOn(a -> a.endedNanos() > signalled)
                .hasSize(clients.size());
        assertThat(after)
                .as("requests sent after SIGTERM are refused before the server takes them")
                .hasSizeGreaterThanOrEqualTo(clients.size())
                .allSatisfy(
                        a ->
                                assertThat(a.outcome())
                                        .isIn(
                                                Outcome.REFUSED,
                                                Outcome.CLOSED_UNANSWERED,
                                                Outcome.NOT_LISTENING));
        assertThat(sigtermToExit).as("SIGTERM to exit").isLessThan(BOUND);

        registry.awaitReady(READY);
        RegistrationClient retrying = clients.get(0);
        for (Attempt created : before) {
            JsonNode person = JSON.readTree(get(registry, token, personPath(created)).body());
            assertThat(person.path("familyName").asText()).isEqualTo(familyName);
            assertThat(person.path("givenNames").asText())
                    .isEqualTo(created.registration().givenNames());
            assertThat(person.path("documents").findValuesAsText("number"))
                    .containsExactly(created.registration().passport());
            assertThat(person.path("contacts").size()).isEqualTo(1);
        }
        for (Attempt answered : before.stream().filter(a -> a.endedNanos() > signalled).toList()) {
            Answer again = retrying.sendOnce(answered.registration());
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(JSON.readTree(again.body()).path("id").asText())
                    .isEqualTo(answered.personId());
        }
        List<Registration> refused = after.stream().map(Attempt::registration).distinct().toList();
        for (Registration registration : refused) {
            Answer again = retrying.sendOnce(registration);
            assertThat(again.status())
                    .as("a refused registration sent again: %s", again.text())
                    .isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isNull();
        }
    }

    /**
     * Kafka and PostgreSQL stopped, and every service has seen it (its readiness, the database, is
     * down); then each service in turn gets SIGTERM (the stack's stop: SIGTERM, a SIGKILL only
     * after 20 s) and must have exited within 5 s of it. If it has not, its threads are dumped into
     * the kept logs before the stop goes on.
     */
    @Test
    @Order(2)
    void sigtermEndsEveryServiceWithinFiveSecondsWithKafkaAndPostgresGone() throws Exception {
        stack.kafka().stop();
        stack.postgres().stop();
        for (ServiceProcess instance : stack.services()) {
            await().atMost(Duration.ofMinutes(1)).until(() -> readiness(instance) != 200);
        }
        Map<String, Duration> sigtermToExit = new LinkedHashMap<>();
        for (ServiceProcess instance : stack.services()) {
            ProcessHandle process = instance.handle().orElseThrow();
            CompletableFuture<Long> exited = process.onExit().thenApply(ended -> System.nanoTime());
            long signalled = System.nanoTime();
            Thread stopping = new Thread(instance::stop, "stop-" + instance.name());
            stopping.start();
            sigtermToExit.put(instance.name(), awaitExit(instance, process, exited, signalled));
            stopping.join(MINUTES.toMillis(1));
        }
        figure(
                "Kafka and PostgreSQL stopped, SIGTERM to exit: %s",
                sigtermToExit.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
                        .collect(Collectors.joining(", ")));
        assertThat(sigtermToExit)
                .allSatisfy((name, took) -> assertThat(took).as(name).isLessThan(BOUND));
    }

    private static void awaitRunning(List<? extends ChildProcess> processes)
            throws InterruptedException {
        processes.forEach(ChildProcess::start);
        for (ChildProcess process : processes) {
            process.awaitReady(READY);
        }
    }

    /**
     * How long the process took from the signal to its exit; if it is still alive at the bound, its
     * threads are dumped first, for whoever reads the failure.
     */
    private static Duration awaitExit(
            ServiceProcess instance,
            ProcessHandle process,
            CompletableFuture<Long> exited,
            long signalled)
            throws Exception {
        try {
            return Duration.ofNanos(exited.get(BOUND.toMillis(), MILLISECONDS) - signalled);
        } catch (TimeoutException late) {
            dumpThreads(instance, process);
            return Duration.ofNanos(exited.get(1, MINUTES) - signalled);
        }
    }

    private static void dumpThreads(ServiceProcess instance, ProcessHandle process)
            throws IOException, InterruptedException {
        Path jcmd =
                Path.of(ProcessHandle.current().info().command().orElseThrow())
                        .resolveSibling("jcmd");
        Path dump = KEPT_LOGS.resolve(instance.name() + "-threads-after-sigterm.txt");
        Files.createDirectories(KEPT_LOGS);
        Process dumping =
                new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .redirectOutput(dump.toFile())
                        .start();
        dumping.waitFor(30, SECONDS);
        System.out.printf(
                "[shutdown] %s still runs %d s after SIGTERM; its threads:%n%s%n",
                instance.name(), BOUND.toSeconds(), Files.readString(dump, StandardCharsets.UTF_8));
    }

    /**
     * Waits until the ending server answers 503 (its shutdown has begun), on the connection kept
     * open since before the signal or, once the server has closed that, on new ones.
     */
    private static void awaitRefusal(Http1Connection kept, int port, String token)
            throws Exception {
        Http1Connection probe = kept;
        long deadline = System.nanoTime() + MINUTES.toNanos(1);
        try {
            while (System.nanoTime() < deadline) {
                try {
                    if (!probe.isOpen()) {
                        probe = Http1Connection.open(port);
                    }
                    if (get(probe, token, RegistrationClient.PERSONS + "?size=1").status() == 503) {
                        return;
                    }
                } catch (Http1Connection.NoAnswer closed) {
                    // a new connection on the next round
                } catch (Http1Connection.NotListening gone) {
                    throw new AssertionError(
                            "The service stopped listening after SIGTERM without refusing a"
                                    + " request first: it did not wait for the requests in flight",
                            gone);
                }
                Thread.sleep(20);
            }
        } finally {
            if (probe != kept) {
                probe.close();
            }
        }
        throw new AssertionError("The service never refused a request after SIGTERM");
    }

    private static Answer get(Http1Connection connection, String token, String path)
            throws IOException {
        return connection.exchange(
                "GET",
                path,
                Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                new byte[0]);
    }

    private static Answer get(ServiceProcess instance, String token, String path)
            throws IOException {
        try (Http1Connection connection = Http1Connection.open(instance.port())) {
            Answer answer = get(connection, token, path);
            assertThat(answer.status()).as("GET %s: %s", path, answer.text()).isEqualTo(200);
            return answer;
        }
    }

    private static int readiness(ServiceProcess instance) {
        try (Http1Connection connection = Http1Connection.open(instance.port())) {
            return connection.exchange("GET", "/q/health/ready", Map.of(), new byte[0]).status();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String personPath(Attempt created) {
        return RegistrationClient.PERSONS + "/" + created.personId();
    }

    private Connection registryDatabase() throws SQLException {
        return DriverManager.getConnection(
                stack.postgres().jdbcUrl("registry"), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Backends of the registry's database waiting for a lock, this session's excluded. */
    private static int waitingForLocks(Connection watch) throws SQLException {
        try (Statement statement = watch.createStatement();
                ResultSet count =
                        statement.executeQuery(
                                "select count(*) from pg_stat_activity where datname = 'registry'"
                                        + " and wait_event_type = 'Lock'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static Map<Outcome, Long> outcomes(List<Attempt> attempts) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        attempts.forEach(a -> outcomes.merge(a.outcome(), 1L, Long::sum));
        return outcomes;
    }

    private static void figure(String format, Object... arguments) {
        System.out.printf("[figure] " + format + "%n", arguments);
    }
}
