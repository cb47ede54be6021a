package org.evac.infrastructure.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a request inside its transaction until the test lets it go, so a test can act while the
 * request is certainly running (the test and the application share this class).
 */
public final class Gate {

    private static final Map<String, CountDownLatch> ENTERED = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> RELEASED = new ConcurrentHashMap<>();

    private Gate() {}

    static void pass(String name) throws InterruptedException {
        latch(ENTERED, name).countDown();
        if (!latch(RELEASED, name).await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The gate was never opened");
        }
    }

    public static void awaitEntered(String name) throws InterruptedException {
        if (!latch(ENTERED, name).await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No request reached the gate");
        }
    }

    public static void open(String name) {
        latch(RELEASED, name).countDown();
    }

    private static CountDownLatch latch(Map<String, CountDownLatch> latches, String name) {
        return latches.computeIfAbsent(name, n -> new CountDownLatch(1));
    }
}
