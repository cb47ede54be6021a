package org.evac.testing;

/**
 * Stops and restarts the test JVM's broker and PostgreSQL (same port and data), for fault tests.
 */
public final class ServerControl {

    private ServerControl() {}

    public static void stopBroker() {
        invoke("stopKafka");
    }

    public static void startBroker() {
        invoke("startKafka");
    }

    public static void stopPostgres() {
        invoke("stopPostgres");
    }

    public static void startPostgres() {
        invoke("startPostgres");
    }

    private static void invoke(String operation) {
        JvmWide.call(
                RealInfrastructure.CONTROL,
                "No server of this JVM to " + operation + " (external servers in use?)",
                operation);
    }
}
