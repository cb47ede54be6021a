package org.evac.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evac.scenario.api.Services;
import org.evac.scenario.observe.Consistency;
import org.evac.scenario.observe.Consistency.Snapshot;
import org.evac.scenario.observe.Faults;
import org.evac.scenario.observe.KafkaWatch;
import org.evac.scenario.observe.Summary;
import org.evac.scenario.play.CharterDay;
import org.evac.scenario.play.CoordinationDesk;
import org.evac.scenario.play.Findings;
import org.evac.scenario.play.JourneyBook;
import org.evac.scenario.play.Ledger;
import org.evac.scenario.play.Ledger.Charter;
import org.evac.scenario.play.OperatorDesk;
import org.evac.scenario.play.Parallel;
import org.evac.scenario.play.RegistryDesk;
import org.evac.scenario.population.Lists;
import org.evac.scenario.population.Population;
import org.evac.stack.Stack;

/**
 * The evacuation, from two lists to five landings in Doha, played through the public APIs of the
 * running stack while its parts fail one after the other; the same checks run after each fault.
 */
final class Evacuation {

    static final long SEED = 20210826L;

    /** About 2,000 persons; {@code -Devac.scenario.households=N} plays a smaller evacuation. */
    static final int HOUSEHOLDS = Integer.getInteger("evac.scenario.households", 700);

    private static final Duration QUIET = Duration.ofMinutes(5);
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(
                "departure-coordination",
                List.of(
                        "coordination-registry-read-model",
                        "coordination-manifest-read-model",
                        "coordination-journeys"));
        GROUPS.put(
                "flight-manifest",
                List.of("flight-manifest-registry", "flight-manifest-coordination"));
    }

    private final Stack stack;
    private final Findings findings = new Findings();
    private final Ledger ledger;
    private final Lists lists;
    private final Services services;

    Evacuation(Stack stack) {
        this.stack = stack;
        Population population = Population.generate(SEED, HOUSEHOLDS);
        this.ledger = new Ledger(population);
        this.lists = new Lists(population);
        this.services = new Services(stack);
    }

    /** Plays everything; returns the mismatches found (none, if the system holds). */
    List<String> run() throws Exception {
        Instant started = Instant.now();
        System.out.printf(
                "[scenario] %d persons in %d households%n",
                ledger.population().members().size(), ledger.population().households().size());
        try (Parallel desks = new Parallel(6);
                KafkaWatch kafka = new KafkaWatch(stack.kafka().bootstrapServers())) {
            RegistryDesk registry = new RegistryDesk(services, lists, ledger, findings, desks);
            CoordinationDesk coordination = new CoordinationDesk(services, ledger, findings, desks);
            OperatorDesk operator = new OperatorDesk(services, ledger, desks);
            JourneyBook journeys = new JourneyBook(services, desks);
            Consistency checks = new Consistency(services, ledger, journeys, kafka, findings);
            Faults faults = new Faults(stack, kafka, checks, findings);
            CharterDay charters =
                    new CharterDay(services, ledger, findings, operator, journeys, kafka);

            registry.importLists();
            registry.registerCorrectedRows();
            registry.walkIns();
            faults.kafkaOutage(
                    "households and verification",
                    Duration.ofSeconds(20),
                    () -> {
                        registry.households();
                        registry.verify();
                    });
            faults.kill(
                    stack.instances("citizen-registry").get(0),
                    "calls to the families",
                    () -> registry.call(ledger.population().households()));
            registry.mergeWalkIns();
            operator.scheduleCharters();
            kafka.awaitQuiet(QUIET);

            coordination.campaign();
            faults.kill(
                    stack.instances("departure-coordination").get(0),
                    "the families' answers",
                    coordination::answerOffers);
            faults.secondInstancesDie(GROUPS, "the seat allocation", coordination::allocate);

            List<Charter> flights = ledger.charters();
            charters.fileManifests(flights.get(0));
            faults.kill(
                    stack.instances("flight-manifest").get(0),
                    "boarding of " + flights.get(0).flightNumber(),
                    () -> charters.board(flights.get(0), true));
            charters.fly(flights.get(0));
            coordination.allocate();

            charters.fileManifests(flights.get(1));
            faults.restartPostgres(
                    "boarding of " + flights.get(1).flightNumber(),
                    () -> charters.board(flights.get(1), true));
            charters.fly(flights.get(1));
            coordination.allocate();

            faults.poison(
                    KafkaWatch.EVENT_TOPICS,
                    "the manifest of " + flights.get(2).flightNumber(),
                    () -> charters.fileManifests(flights.get(2)));
            charters.board(flights.get(2), true);
            charters.fly(flights.get(2));
            coordination.allocate();

            for (Charter charter : flights.subList(3, flights.size())) {
                charters.fileManifests(charter);
                charters.board(charter, false);
                charters.fly(charter);
            }
            kafka.awaitQuiet(QUIET);
            Snapshot last = checks.checkEveryone("the end");
            findings.expectEqual(
                    "the end",
                    "everyone who accepted flew to Doha",
                    ledger.acceptedCount(),
                    ledger.flownCount());
            System.out.print(
                    Summary.render(
                            last,
                            faults.all(),
                            kafka,
                            services.retries(),
                            findings.all(),
                            Duration.between(started, Instant.now())));
        }
        return findings.all();
    }
}
