package org.evac.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.evac.benchmark.http.Samples;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesAreNearestRankOverTheSamplesInMilliseconds() {
        Samples samples = new Samples();
        for (int ms = 100; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }

        assertThat(samples.count()).isEqualTo(100);
        assertThat(samples.p50()).isEqualTo(50.0);
        assertThat(samples.p99()).isEqualTo(99.0);
        assertThat(samples.percentileMillis(100)).isEqualTo(100.0);
        assertThat(samples.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void aFewSamplesGiveTheirLargestAsP99() {
        Samples samples = new Samples();
        samples.add(3_000_000);
        samples.add(7_000_000);

        assertThat(samples.p99()).isEqualTo(7.0);
        assertThat(samples.p50()).isEqualTo(3.0);
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertThat(new Samples().p99()).isNaN();
    }
}
