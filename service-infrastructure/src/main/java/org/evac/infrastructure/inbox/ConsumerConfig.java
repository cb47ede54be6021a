package org.evac.infrastructure.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.consumer")
public interface ConsumerConfig {

    /** Tries of a failing handler before the record goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause between tries, doubled after each. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** Suffix of the dead-letter topic next to each consumed topic. */
    @WithDefault(".dlq")
    String deadLetterSuffix();

    /**
     * Whether consumers start with the application (tests of a single service may switch them off).
     */
    @WithDefault("true")
    boolean enabled();
}
