package org.evac.infrastructure.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then 74 random bits. New keys land at the
 * right edge of a B-tree index instead of on a random page, so bulk writes touch (and log) a few
 * hot pages rather than the whole index; the random bits keep ids unguessable.
 */
public final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuid() {}

    public static UUID next() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0fL) << 8) | (random[1] & 0xffL);
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3fL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xffL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
