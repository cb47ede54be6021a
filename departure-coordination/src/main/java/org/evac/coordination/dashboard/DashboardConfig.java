package org.evac.coordination.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evac.dashboard")
public interface DashboardConfig {

    /** How long changes are gathered before the figures are recomputed and pushed. */
    @WithDefault("250ms")
    Duration debounce();

    /** Interval of the keep-alive push on idle streams, so proxies do not close them. */
    @WithDefault("15s")
    Duration keepAlive();
}
