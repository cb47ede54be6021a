package org.evac.registry.duplicate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evac.duplicates")
public interface DuplicatesConfig {

    /** How often the sweep takes its next batch (a scheduler interval; {@code off} stops it). */
    @WithDefault("30s")
    String sweepInterval();

    /** Changed persons the sweep checks per pass, in one transaction. */
    @WithDefault("1000")
    int sweepBatch();
}
