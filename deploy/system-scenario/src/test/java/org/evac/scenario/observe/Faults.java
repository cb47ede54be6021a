package org.evac.scenario.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.evac.scenario.play.Findings;
import org.evac.stack.ServiceProcess;
import org.evac.stack.Stack;

/**
 * The faults of an airlift, injected into the running stack while the scenario's users go on
 * working; after each, the scenario waits until the system is quiet and runs the same checks.
 */
public final class Faults {

    private static final Duration QUIET = Duration.ofMinutes(5);
    private static final Duration READY = Duration.ofMinutes(3);

    private final Stack stack;
    private final KafkaWatch kafka;
    private final Consistency checks;
    private final Findings findings;
    private final List<Fault> faults = new ArrayList<>();

    public Faults(Stack stack, KafkaWatch kafka, Consistency checks, Findings findings) {
        this.stack = stack;
        this.kafka = kafka;
        this.checks = checks;
        this.findings = findings;
    }

    /**
     * One fault: what it was, while what, how long the broken part was away, how long after its
     * return the system took to be quiet again, and the mismatches the checks found.
     */
    public record Fault(
            String name, String during, Duration outage, Duration converged, int mismatches) {}

    /** Work that may fail. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public List<Fault> all() {
        return List.copyOf(faults);
    }

    /**
     * Kafka stopped for {@code outage} while {@code work} goes on (the services answer; their
     * events wait in the outbox), then started again, the work still going on.
     */
    public void kafkaOutage(String during, Duration outage, Work work) throws Exception {
        Instant down = Instant.now();
        stack.kafka().stop();
        CompletableFuture<Void> working = inBackground(work);
        Thread.sleep(outage.toMillis());
        stack.kafka().start();
        stack.kafka().awaitReady(READY);
        Duration away = Duration.between(down, Instant.now());
        working.join();
        settle("Kafka stopped " + outage.toSeconds() + " s", during, away);
    }

    /** SIGKILL of one service instance while {@code work} goes on; the stack starts it again. */
    public void kill(ServiceProcess instance, String during, Work work) throws Exception {
        Instant down = Instant.now();
        instance.kill();
        CompletableFuture<Void> working = inBackground(work);
        Thread.sleep(2_000);
        instance.awaitReady(READY);
        Duration away = Duration.between(down, Instant.now());
        working.join();
        settle("SIGKILL " + instance.name(), during, away);
    }

    /** PostgreSQL stopped and started again while {@code work} goes on against it. */
    public void restartPostgres(String during, Work work) throws Exception {
        CompletableFuture<Void> working = inBackground(work);
        Thread.sleep(1_000);
        Instant down = Instant.now();
        stack.postgres().restart();
        stack.postgres().awaitReady(READY);
        Duration outage = Duration.between(down, Instant.now());
        working.join();
        settle("PostgreSQL restarted", during, outage);
    }

    /**
     * The second instance of each service that runs two dies (SIGKILL) and stays down: its
     * partitions must move to the first instance of the same consumer groups (once the broker gives
     * up on the dead member's session), the flow goes on with one instance, and then the second
     * instance comes back and takes its share again.
     */
    public void secondInstancesDie(
            Map<String, List<String>> groupsByService, String during, Work work) throws Exception {
        Instant down = Instant.now();
        List<ServiceProcess> dying = new ArrayList<>();
        for (String service : groupsByService.keySet()) {
            List<ServiceProcess> instances = stack.instances(service);
            findings.expect(
                    instances.size() == 2,
                    "instances",
                    service + " runs " + instances.size() + " instances");
            for (String group : groupsByService.get(service)) {
                findings.expect(
                        kafka.assignment(group).values().stream().filter(p -> !p.isEmpty()).count()
                                == 2,
                        "instances",
                        "both instances of "
                                + service
                                + " own partitions of "
                                + group
                                + ": "
                                + kafka.assignment(group));
            }
            ServiceProcess second = instances.get(1);
            second.kill();
            second.stop();
            dying.add(second);
        }
        for (String service : groupsByService.keySet()) {
            long survivor = stack.instances(service).get(0).handle().orElseThrow().pid();
            for (String group : groupsByService.get(service)) {
                awaitOwnedBy(group, survivor);
            }
        }
        Duration moved = Duration.between(down, Instant.now());
        System.out.printf(
                "[scenario] partitions moved to the surviving instances after %d s%n",
                moved.toSeconds());
        work.run();
        settle("second instances SIGKILLed", during, moved);
        for (ServiceProcess second : dying) {
            second.start();
        }
        for (ServiceProcess second : dying) {
            second.awaitReady(READY);
        }
        for (String service : groupsByService.keySet()) {
            for (String group : groupsByService.get(service)) {
                awaitShared(group);
            }
        }
    }

    /**
     * A record no service can read on each consumed topic: each consumer group of the topic must
     * send it to {@code <topic>.dlq} and go on.
     */
    public void poison(List<String> topics, String during, Work work) throws Exception {
        Instant at = Instant.now();
        Map<String, Long> groups =
                kafka.positions().stream()
                        .collect(
                                Collectors.groupingBy(
                                        KafkaWatch.GroupPosition::topic, Collectors.counting()));
        for (String topic : topics) {
            kafka.poison(topic);
            checks.poisoned(groups.getOrDefault(topic, 0L).intValue());
        }
        work.run();
        settle(
                "poison record on " + topics.size() + " topics",
                during,
                Duration.between(at, Instant.now()));
    }

    /** Waits for quiet and checks; records the fault. */
    public void settle(String name, String during, Duration outage) throws InterruptedException {
        Duration converged = kafka.awaitQuiet(QUIET);
        int before = findings.count();
        checks.check("after " + name);
        Fault fault = new Fault(name, during, outage, converged, findings.count() - before);
        faults.add(fault);
        System.out.printf(
                "[scenario] fault: %s during %s; away %d s, quiet %d s later, %d mismatches%n",
                name, during, outage.toSeconds(), converged.toSeconds(), fault.mismatches());
    }

    private static CompletableFuture<Void> inBackground(Work work) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        work.run();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private void awaitOwnedBy(String group, long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Set<TopicPartition>> owners = kafka.assignment(group);
            if (owners.size() == 1
                    && owners.keySet().iterator().next().endsWith("-" + pid)
                    && !owners.values().iterator().next().isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        findings.mismatch(
                "instances",
                "the partitions of "
                        + group
                        + " did not move to the surviving instance: "
                        + kafka.assignment(group));
    }

    private void awaitShared(String group) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (kafka.assignment(group).values().stream().filter(p -> !p.isEmpty()).count() == 2) {
                return;
            }
            Thread.sleep(500);
        }
        findings.mismatch(
                "instances",
                "the restarted instance got no partitions of "
                        + group
                        + ": "
                        + kafka.assignment(group));
    }
}
