package org.evac.infrastructure.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    @Test
    void isAVersion7RfcVariantUuidCarryingTheCurrentMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedUuid.next();
        long after = System.currentTimeMillis();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, "timestamp " + millis);
    }

    @Test
    void idsFromLaterMillisecondsSortAfterEarlierOnesAsPostgresComparesThem() throws Exception {
        UUID earlier = TimeOrderedUuid.next();
        Thread.sleep(2);
        UUID later = TimeOrderedUuid.next();

        // PostgreSQL orders uuid values by their bytes, i.e. by the unsigned string form.
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " vs " + later);
    }

    @Test
    void idsWithinOneMillisecondStayDistinct() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedUuid.next());
        }
        assertEquals(100_000, ids.size());
    }
}
