package org.evac.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each process listens: the documented fixed ports (instance {@code n} of a service on its
 * port + 100 × (n − 1): 8082, 8182, …), or free ports picked at start, so that a test or a second
 * stack does not collide with a running one.
 */
final class Ports {

    static final int POSTGRES = 15432;
    static final int KAFKA = 19092;
    static final int KAFKA_CONTROLLER = 19093;
    static final int SMPP = 2775;
    static final int SMTP = 2525;
    static final int PHONE_PAGE = 8090;
    static final Map<String, Integer> SERVICES =
            Map.of(
                    "citizen-registry",
                    8081,
                    "departure-coordination",
                    8082,
                    "flight-manifest",
                    8083);

    private final boolean free;
    private final Map<String, Integer> picked = new HashMap<>();

    Ports(boolean free) {
        this.free = free;
    }

    int postgres() {
        return port("postgres", POSTGRES);
    }

    int kafka() {
        return port("kafka", KAFKA);
    }

    int kafkaController() {
        return port("kafka-controller", KAFKA_CONTROLLER);
    }

    int smpp() {
        return port("smpp", SMPP);
    }

    int smtp() {
        return port("smtp", SMTP);
    }

    int phonePage() {
        return port("phone-page", PHONE_PAGE);
    }

    int service(String service, int instance) {
        return port(
                ServiceProcess.instanceName(service, instance),
                SERVICES.get(service) + 100 * (instance - 1));
    }

    private synchronized int port(String name, int fixed) {
        return free ? picked.computeIfAbsent(name, unused -> freePort()) : fixed;
    }

    /** Whether nothing listens on {@code port} on the loopback interface. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
