package org.evac.infrastructure.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sizes of request this service accepts, answered with a problem when exceeded. */
@ConfigMapping(prefix = "evac.http")
public interface HttpLimits {

    /** Longest request URI (path and query), in characters. */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest sum of request header names and values. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /**
     * Largest JSON body. Files (CSV, JSON Lines, EDIFACT) may be as large as {@code
     * quarkus.http.limits.max-body-size}.
     */
    @WithDefault("1M")
    MemorySize maxJsonBodySize();
}
