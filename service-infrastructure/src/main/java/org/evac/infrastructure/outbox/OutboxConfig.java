package org.evac.infrastructure.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.outbox")
public interface OutboxConfig {

    /**
     * CloudEvents {@code source} of every event this service publishes, e.g. {@code
     * /citizen-registry}.
     */
    String source();

    /**
     * How long the relay sleeps without a commit signal before it looks for pending rows anyway
     * (rows written by something other than {@link Outbox}).
     */
    @WithDefault("1s")
    Duration fallbackInterval();

    /** First pause after a failed pass, doubled after each failure up to 5 s. */
    @WithDefault("100ms")
    Duration retryBackoff();

    /** Pause before trying again while another instance's relay holds the lock. */
    @WithDefault("10ms")
    Duration lockRetry();

    /** How long shutdown waits for the relay's pass in progress to end. */
    @WithDefault("2s")
    Duration stopTimeout();

    /**
     * How often the backlog gauges are measured: counting a large backlog reads every pending row,
     * so not much more often than metrics are scraped.
     */
    @WithDefault("15s")
    String metricsInterval();

    /** How often published rows past their retention are deleted. */
    @WithDefault("1h")
    String cleanupInterval();

    /** Rows sent to Kafka per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long published rows are kept before cleanup deletes them. */
    @WithDefault("P7D")
    Duration retention();
}
