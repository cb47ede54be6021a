package org.evac.registry.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evac.import")
public interface ImportConfig {

    /**
     * Rows checked together and written in one transaction; an interrupted import resumes after its
     * last committed chunk.
     */
    @WithDefault("1000")
    int chunkSize();
}
