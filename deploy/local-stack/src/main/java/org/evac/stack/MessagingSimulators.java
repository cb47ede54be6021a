package org.evac.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evac.testing.servers.MailServer;
import org.evac.testing.servers.SmscSimulator;

/**
 * The SMS and mail side of the world in the local stack, in the launcher's JVM: an SMSC simulator
 * speaking SMPP 3.4 (2775 on the fixed ports; service number 7423), an SMTP server (2525) and the
 * phone page (8090) that shows what every number and mailbox received and lets you answer as the
 * person would. citizen-registry is started pointing at them ({@link #registryEnvironment()}).
 */
final class MessagingSimulators implements AutoCloseable {

    /**
     * The number persons text their replies to: citizen-registry's evac.messaging.service-number.
     */
    static final String SERVICE_NUMBER = "7423";

    private final int smppPort;
    private final int smtpPort;
    private final int pagePort;
    private SmscSimulator smsc;
    private MailServer mail;
    private HttpServer page;

    MessagingSimulators(int smppPort, int smtpPort, int pagePort) {
        this.smppPort = smppPort;
        this.smtpPort = smtpPort;
        this.pagePort = pagePort;
    }

    synchronized void start() {
        smsc = SmscSimulator.start(smppPort, Duration.ofSeconds(1));
        mail = MailServer.start(smtpPort);
        try {
            page =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), pagePort), 0);
            page.createContext("/", new PhonePage(smsc, mail, SERVICE_NUMBER));
            page.start();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("The phone page could not listen on " + pagePort, e);
        }
    }

    List<Integer> ports() {
        return List.of(smppPort, smtpPort, pagePort);
    }

    String pageUrl() {
        return "http://localhost:" + pagePort + "/";
    }

    /** Where citizen-registry sends SMS and mail. */
    Map<String, String> registryEnvironment() {
        return Map.of(
                "EVAC_MESSAGING_SMPP_HOST",
                "127.0.0.1",
                "EVAC_MESSAGING_SMPP_PORT",
                String.valueOf(smppPort),
                "QUARKUS_MAILER_HOST",
                "127.0.0.1",
                "QUARKUS_MAILER_PORT",
                String.valueOf(smtpPort));
    }

    @Override
    public synchronized void close() {
        if (page != null) {
            page.stop(0);
        }
        if (smsc != null) {
            smsc.close();
        }
        if (mail != null) {
            mail.close();
        }
        page = null;
        smsc = null;
        mail = null;
    }
}
