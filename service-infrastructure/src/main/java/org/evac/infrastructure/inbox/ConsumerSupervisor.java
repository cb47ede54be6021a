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
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.evac.infrastructure.events.KafkaSettings;

/**
 * Starts one thread per {@link EventConsumer} bean at startup and stops them cleanly at shutdown.
 */
@ApplicationScoped
public class ConsumerSupervisor {

    private final Instance<EventConsumer> handlers;
    private final KafkaSettings kafkaSettings;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerConfig config;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Map<String, ConsumerRunner> runners = new ConcurrentHashMap<>();
    private final Map<String, Thread> threads = new ConcurrentHashMap<>();

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
            ConsumerRunner runner =
                    new ConsumerRunner(
                            handler,
                            new KafkaConsumer<>(kafkaSettings.consumer(handler.name())),
                            inbox,
                            deadLetters,
                            config,
                            mapper);
            runners.put(handler.name(), runner);
            Gauge.builder("evac.consumer.lag", runner, ConsumerRunner::lag)
                    .tag("consumer", handler.name())
                    .description("Records behind the end of the consumed topics")
                    .register(registry);
            deadLetters.counter(handler.name());
            Thread thread = new Thread(runner, "consumer-" + handler.name());
            thread.setDaemon(true);
            threads.put(handler.name(), thread);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runners.values().forEach(ConsumerRunner::stop);
        threads.values()
                .forEach(
                        thread -> {
                            try {
                                thread.join(10_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
    }

    /** Records the named consumer is behind, as of its last poll. */
    public long lag(String consumer) {
        return runner(consumer).lag();
    }

    /**
     * Rebuilds a read model: on the consumer's thread, in one transaction, forgets the consumer's
     * inbox and runs {@code resetReadModel} (which empties the tables it owns), then rewinds to the
     * first offset of every assigned partition. Meant for a single running instance of the service.
     */
    public CompletableFuture<Void> replay(String consumer, Runnable resetReadModel) {
        ConsumerRunner runner = runner(consumer);
        return runner.submit(
                kafkaConsumer -> {
                    QuarkusTransaction.requiringNew()
                            .run(
                                    () -> {
                                        inbox.forget(consumer);
                                        resetReadModel.run();
                                    });
                    runner.discardUncommitted();
                    kafkaConsumer.seekToBeginning(kafkaConsumer.assignment());
                    Log.infof("Consumer %s rewound to the beginning for a replay", consumer);
                });
    }

    private ConsumerRunner runner(String consumer) {
        ConsumerRunner runner = runners.get(consumer);
        if (runner == null) {
            throw new NoSuchElementException("No running consumer named " + consumer);
        }
        return runner;
    }
}
