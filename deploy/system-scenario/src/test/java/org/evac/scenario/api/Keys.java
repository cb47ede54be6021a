package org.evac.scenario.api;

import java.util.UUID;

/** Idempotency keys: one per intended effect, reused when the same request is sent again. */
public final class Keys {

    private Keys() {}

    public static String fresh() {
        return UUID.randomUUID().toString();
    }
}
