package org.evac.benchmark.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The start-up baseline: the smallest JVM process that answers {@code /q/health/ready}, started
 * like a service ({@code java -Xmx512m}), so that a service's start-up time and memory can be set
 * against what the JVM alone costs on this machine.
 */
public final class BareJvmServer {

    private BareJvmServer() {}

    public static void main(String[] args) throws IOException {
        HttpServer server =
                HttpServer.create(
                        new InetSocketAddress(
                                InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])),
                        0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext(
                "/q/health/ready",
                exchange -> {
                    exchange.sendResponseHeaders(200, up.length);
                    exchange.getResponseBody().write(up);
                    exchange.close();
                });
        server.start();
    }
}
