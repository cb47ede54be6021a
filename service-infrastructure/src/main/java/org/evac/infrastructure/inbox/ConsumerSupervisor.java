package org.evac.infrastructure.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.evac.infrastructure.events.KafkaSettings;

/**
 * Starts one supervised thread per {@link EventConsumer} bean at startup, restarts a consumer whose
 * thread dies, and stops them all within a few seconds at shutdown, even with Kafka gone.
 */
@ApplicationScoped
public class ConsumerSupervisor {

    /** How long shutdown waits for each consumer thread to finish its batch. */
    private static final long STOP_WAIT_MILLIS = 3_000;

    private final Instance<EventConsumer> handlers;
    private final KafkaSettings kafkaSettings;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerConfig config;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Map<String, SupervisedConsumer> consumers = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    public ConsumerSupervisor(
            Instance<EventConsumer> handlers,
            KafkaSettings kafkaSettings,
            Inbox inbox,
            DeadLetters deadLetters,
            ConsumerConfig config,
            ObjectMapper mapper,
            MeterRegistry registry) {
        this.handlers = handlers;
        this.kafkaSettings = kafkaSettings;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.config = config;
        this.mapper = mapper;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("Event consumers are disabled by configuration");
            return;
        }
        for (EventConsumer handler : handlers) {
            SupervisedConsumer consumer =
                    new SupervisedConsumer(
                            handler.name(),
                            () ->
                                    new ConsumerRunner(
                                            handler,
                                            new KafkaConsumer<>(
                                                    kafkaSettings.consumer(handler.name())),
                                            inbox,
                                            deadLetters,
                                            config,
                                            mapper),
                            config);
            consumers.put(handler.name(), consumer);
            Gauge.builder("evac.consumer.lag", consumer, SupervisedConsumer::lag)
                    .tag("consumer", handler.name())
                    .description("Records behind the end of the consumed topics")
                    .register(registry);
            Gauge.builder("evac.consumer.restarts", consumer, SupervisedConsumer::restarts)
                    .tag("consumer", handler.name())
                    .description("Times the consumer's thread died and was started again")
                    .register(registry);
            deadLetters.counter(handler.name());
            Thread thread = new Thread(consumer, "consumer-" + handler.name());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        consumers.values().forEach(SupervisedConsumer::stop);
        deadLetters.close();
        // A wait, not a time of day: measured on the monotonic clock, which no clock step moves.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        for (Thread thread : threads) {
            try {
                thread.join(
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every supervised consumer, for the health check. */
    Collection<SupervisedConsumer> consumers() {
        return consumers.values();
    }

    boolean enabled() {
        return config.enabled();
    }

    /** Records the named consumer is behind, as of its last poll. */
    public long lag(String consumer) {
        return consumer(consumer).lag();
    }

    /**
     * Rebuilds a read model: on the consumer's thread, in one transaction, forgets the consumer's
     * inbox and runs {@code resetReadModel} (which empties the tables it owns), then rewinds to the
     * first offset of every assigned partition. Meant for a single running instance of the service.
     */
    public CompletableFuture<Void> replay(String consumer, Runnable resetReadModel) {
        SupervisedConsumer supervised = consumer(consumer);
        return supervised.submit(
                kafkaConsumer -> {
                    QuarkusTransaction.requiringNew()
                            .run(
                                    () -> {
                                        inbox.forget(consumer);
                                        resetReadModel.run();
                                    });
                    supervised.discardUncommitted();
                    kafkaConsumer.seekToBeginning(kafkaConsumer.assignment());
                    Log.infof("Consumer %s rewound to the beginning for a replay", consumer);
                });
    }

    private SupervisedConsumer consumer(String name) {
        SupervisedConsumer consumer = consumers.get(name);
        if (consumer == null) {
            throw new NoSuchElementException("No running consumer named " + name);
        }
        return consumer;
    }
}
