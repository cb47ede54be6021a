package org.evac.infrastructure.testing;

import java.util.function.Consumer;

/** Stops and restarts the test JVM's broker (same port and log), for fault tests of the event backbone. */
public final class KafkaControl {

    private KafkaControl() {
    }

    public static void stopBroker() {
        control().accept("stop");
    }

    public static void startBroker() {
        control().accept("start");
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String> control() {
        Object control = System.getProperties().get(RealInfrastructure.KAFKA_CONTROL);
        if (control == null) {
            throw new IllegalStateException("No broker of this JVM to control (external Kafka in use?)");
        }
        return (Consumer<String>) control;
    }
}
