package org.evac.infrastructure.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Histogram buckets for {@code http.server.requests}, so that Prometheus can compute the p99 that
 * the "slow API" alert watches: Micrometer publishes only count, sum and max by default. A few
 * fixed bounds, one of them the alert's 1 s, keep the series per endpoint few.
 */
@Singleton
public class RequestLatencyBuckets {

    private static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private static final double[] BOUNDS_SECONDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        double[] boundsNanos = new double[BOUNDS_SECONDS.length];
        for (int i = 0; i < boundsNanos.length; i++) {
            boundsNanos[i] = Duration.ofMillis(Math.round(BOUNDS_SECONDS[i] * 1000)).toNanos();
        }
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(boundsNanos)
                        .build()
                        .merge(config);
            }
        };
    }
}
