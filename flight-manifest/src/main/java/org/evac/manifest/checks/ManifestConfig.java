package org.evac.manifest.checks;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "evac.manifest")
public interface ManifestConfig {

    /**
     * How long before scheduled departure a manifest is due (the APIS rule); later revisions are
     * flagged late.
     */
    Duration dueBeforeDeparture();
}
