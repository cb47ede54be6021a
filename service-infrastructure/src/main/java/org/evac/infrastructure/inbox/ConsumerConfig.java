package org.evac.infrastructure.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.consumer")
public interface ConsumerConfig {

    /** Tries of a failing handler before the record goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * Pause between tries, doubled after each; also the first pause while the database is
     * unreachable (doubled up to 5 s).
     */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** First pause before a consumer whose thread died starts again, doubled up to 30 s. */
    @WithDefault("1s")
    Duration restartBackoff();

    /**
     * A consumer whose loop has not gone round for this long is reported DOWN by the liveness check
     * (a handler stuck on a lock, say).
     */
    @WithDefault("2m")
    Duration stallTimeout();

    /** Suffix of the dead-letter topic next to each consumed topic. */
    @WithDefault(".dlq")
    String deadLetterSuffix();

    /**
     * Whether consumers start with the application (tests of a single service may switch them off).
     */
    @WithDefault("true")
    boolean enabled();
}
