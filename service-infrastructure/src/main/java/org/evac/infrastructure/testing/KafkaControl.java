package org.evac.infrastructure.testing;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Stops and restarts the test JVM's broker (same port and log), for fault tests of the event
 * backbone.
 */
public final class KafkaControl {

    private KafkaControl() {}

    public static void stopBroker() {
        invoke("stop");
    }

    public static void startBroker() {
        invoke("start");
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName(RealInfrastructure.KAFKA_CONTROL),
                            operation,
                            null,
                            null);
        } catch (JMException e) {
            throw new IllegalStateException(
                    "No broker of this JVM to " + operation + " (external Kafka in use?)", e);
        }
    }
}
