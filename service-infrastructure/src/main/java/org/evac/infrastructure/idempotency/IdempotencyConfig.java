package org.evac.infrastructure.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.idempotency")
public interface IdempotencyConfig {

    /** How long a stored response is replayed; after that the key may be used again. */
    @WithDefault("24h")
    Duration retention();

    /** How often stored responses past their retention are deleted. */
    @WithDefault("1h")
    String purgeInterval();
}
