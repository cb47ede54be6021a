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

    /** How often the relay looks for pending rows (a scheduler interval such as {@code 0.2s}). */
    @WithDefault("0.2s")
    String pollInterval();

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
