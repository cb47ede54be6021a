package org.evac.coordination.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ReplyCodesTest {

    @Test
    void codesAreSixLatinDigitsAndNoneRepeatsBefore900000Offers() {
        BitSet seen = new BitSet(1_000_000);
        for (long n = 1; n <= ReplyCodes.RANGE; n++) {
            long code = ReplyCodes.code(n);
            assertThat(code).isBetween(100_000L, 999_999L);
            assertThat(seen.get((int) code)).as("code of offer %d repeats", n).isFalse();
            seen.set((int) code);
        }
    }

    @Test
    void consecutiveOffersDoNotGetConsecutiveCodes() {
        assertThat(Math.abs(ReplyCodes.code(2) - ReplyCodes.code(1))).isGreaterThan(1_000);
    }
}
