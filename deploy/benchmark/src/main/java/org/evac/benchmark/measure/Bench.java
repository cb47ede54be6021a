package org.evac.benchmark.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.evac.benchmark.Settings;
import org.evac.benchmark.data.GeneratedPerson;
import org.evac.benchmark.data.PersonGenerator;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.kafka.Broker;
import org.evac.benchmark.report.Results;
import org.evac.benchmark.system.ResourceWatch;
import org.evac.benchmark.system.RunningService;
import org.evac.benchmark.system.SystemUnderTest;

/** What every measurement works with: the running system, its clients and the run's results. */
public final class Bench {

    public final Settings settings;
    public final SystemUnderTest system;
    public final Api api = new Api();
    public final Broker broker;
    public final ResourceWatch resources;
    public final Results results;
    public final String coordinator;
    public final String viewer;

    /** Persons of the run: each one new (its documents unique in the run). */
    public final PersonGenerator persons = new PersonGenerator(20210815, 1);

    public final SplittableRandom random = new SplittableRandom(2021);
    private final List<GeneratedPerson> loaded = Collections.synchronizedList(new ArrayList<>());

    public Bench(
            Settings settings, SystemUnderTest system, ResourceWatch resources, Results results) {
        this.settings = settings;
        this.system = system;
        this.broker = new Broker(system.bootstrapServers());
        this.resources = resources;
        this.results = results;
        this.coordinator = system.token("bench.coordinator", List.of("coordinator"));
        this.viewer = system.token("bench.viewer", List.of("viewer"));
    }

    public String url(String service, String path) {
        return system.service(service).url() + path;
    }

    public RunningService service(String name) {
        return system.service(name);
    }

    /** Keeps a sample of the imported persons, to search for them later. */
    void loaded(List<GeneratedPerson> sample) {
        loaded.addAll(sample);
    }

    /** A person imported earlier, drawn at random. */
    GeneratedPerson someLoadedPerson() {
        return loaded.get(random.nextInt(loaded.size()));
    }

    /** Waits (up to the configured catch-up time) until both read models hold every event. */
    void awaitDownstream() throws InterruptedException {
        broker.awaitCaughtUp(
                List.of(Broker.COORDINATION_GROUP, Broker.MANIFEST_GROUP),
                java.time.Duration.ofSeconds(3),
                settings.catchUp());
    }
}
