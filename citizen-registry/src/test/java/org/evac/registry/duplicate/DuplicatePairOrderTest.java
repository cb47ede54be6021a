package org.evac.registry.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A pair is stored low id first in PostgreSQL's order of uuids, which is unsigned. */
class DuplicatePairOrderTest {

    private static final UUID LOW = UUID.fromString("01a2354a-ad0c-759f-b396-dea037b5a3e4");
    private static final UUID HIGH = UUID.fromString("f3c1e2d4-0000-4000-8000-000000000000");

    @Test
    void anIdWhoseFirstBitIsSetSortsAfterAVersion7IdAsInPostgresql() {
        assertThat(HIGH.compareTo(LOW)).as("UUID.compareTo, signed").isNegative();
        assertThat(DuplicateReviews.before(LOW, HIGH)).isTrue();
        assertThat(DuplicateReviews.before(HIGH, LOW)).isFalse();
    }

    @Test
    void theLowHalvesDecideBetweenEqualHighHalves() {
        UUID a = UUID.fromString("01a2354a-ad0c-759f-0000-000000000001");
        UUID b = UUID.fromString("01a2354a-ad0c-759f-b396-dea037b5a3e4");
        assertThat(DuplicateReviews.before(a, b)).isTrue();
        assertThat(DuplicateReviews.before(b, a)).isFalse();
        assertThat(DuplicateReviews.before(a, a)).isFalse();
    }
}
