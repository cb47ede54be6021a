package org.evac.infrastructure.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /citizen-registry}. */
    String source();

    /** Rows sent to Kafka per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long published rows are kept before cleanup deletes them. */
    @WithDefault("P7D")
    Duration retention();
}
