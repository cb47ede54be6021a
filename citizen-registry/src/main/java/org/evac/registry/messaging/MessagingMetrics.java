package org.evac.registry.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the messaging channel ({@code evac_messages_*_total}, by channel) and the depth of
 * the send queue ({@code evac_messages_pending}).
 */
@ApplicationScoped
public class MessagingMetrics {

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final AtomicLong pending = new AtomicLong();

    public MessagingMetrics(MeterRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
        Gauge.builder("evac.messages.pending", pending, AtomicLong::get)
                .description("Messages queued or being submitted")
                .register(registry);
        for (MessageChannel channel : MessageChannel.values()) {
            for (String name : new String[] {"queued", "submitted", "delivered", "failed"}) {
                count(name, channel, 0);
            }
        }
        registry.counter("evac.messages.replies", "intent", "ACCEPT");
        registry.counter("evac.messages.opt.outs");
    }

    public void queued(MessageChannel channel) {
        count("queued", channel, 1);
    }

    public void submitted(MessageChannel channel) {
        count("submitted", channel, 1);
    }

    public void delivered(MessageChannel channel) {
        count("delivered", channel, 1);
    }

    /** Failed, expired, refused or given up on. */
    public void failed(MessageChannel channel) {
        count("failed", channel, 1);
    }

    public void skipped(MessageChannel channel) {
        count("skipped", channel, 1);
    }

    public void reply(String intent) {
        registry.counter("evac.messages.replies", "intent", intent).increment();
    }

    public void optOut() {
        registry.counter("evac.messages.opt.outs").increment();
    }

    @Scheduled(
            every = "${evac.messaging.dispatch.metrics-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void measurePending() {
        pending.set(
                ((Number)
                                entityManager
                                        .createNativeQuery(
                                                "select count(*) from message where status in ('QUEUED', 'SUBMITTING')")
                                        .getSingleResult())
                        .longValue());
    }

    private void count(String name, MessageChannel channel, double amount) {
        registry.counter("evac.messages." + name, "channel", channel.name()).increment(amount);
    }
}
