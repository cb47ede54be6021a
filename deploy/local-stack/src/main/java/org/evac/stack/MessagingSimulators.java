package org.evac.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.evac.infrastructure.servers.MailServer;
import org.evac.infrastructure.servers.SmscSimulator;

/**
 * The SMS and mail side of the world in the local stack: an SMSC simulator speaking SMPP 3.4 on
 * 2775 and an SMTP server on 2525, where citizen-registry's defaults send (service number 7423),
 * and the phone page on 8090 that shows what every number and mailbox received and lets you answer
 * as the person would.
 */
final class MessagingSimulators implements AutoCloseable {

    static final int SMPP_PORT = 2775;
    static final int SMTP_PORT = 2525;
    static final int PAGE_PORT = 8090;
    static final List<Integer> PORTS = List.of(SMPP_PORT, SMTP_PORT, PAGE_PORT);

    /**
     * The number persons text their replies to: citizen-registry's evac.messaging.service-number.
     */
    static final String SERVICE_NUMBER = "7423";

    private final SmscSimulator smsc;
    private final MailServer mail;
    private final HttpServer page;

    private MessagingSimulators(SmscSimulator smsc, MailServer mail, HttpServer page) {
        this.smsc = smsc;
        this.mail = mail;
        this.page = page;
    }

    static MessagingSimulators start() {
        SmscSimulator smsc = SmscSimulator.start(SMPP_PORT, Duration.ofSeconds(1));
        MailServer mail = MailServer.start(SMTP_PORT);
        try {
            HttpServer page =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), PAGE_PORT), 0);
            page.createContext("/", new PhonePage(smsc, mail, SERVICE_NUMBER));
            page.start();
            return new MessagingSimulators(smsc, mail, page);
        } catch (IOException e) {
            smsc.close();
            mail.close();
            throw new UncheckedIOException("The phone page could not listen on " + PAGE_PORT, e);
        }
    }

    static String pageUrl() {
        return "http://localhost:" + PAGE_PORT + "/";
    }

    @Override
    public void close() {
        page.stop(0);
        smsc.close();
        mail.close();
    }
}
