package org.evac.testing.servers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A real SMTP server on loopback (GreenMail 2.1), for tests and the local stack. It accepts mail
 * for any address and keeps it in memory; {@link #received()} reads each message back as its
 * recipient's mail client would show it.
 */
public final class MailServer implements AutoCloseable {

    /** One message as received: its headers and both parts of a multipart/alternative body. */
    public record Mail(
            List<String> to,
            String from,
            String subject,
            String messageId,
            String text,
            String html,
            Instant receivedAt) {}

    private final GreenMail greenMail;
    private final int port;

    private MailServer(int port) {
        this.port = port;
        this.greenMail =
                new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Starts SMTP on a free loopback port. */
    public static MailServer startEphemeral() {
        return start(KafkaServer.freePort());
    }

    public static MailServer start(int port) {
        MailServer server = new MailServer(port);
        server.greenMail.start();
        return server;
    }

    public int port() {
        return port;
    }

    /** Every message received so far, oldest first. */
    public List<Mail> received() {
        // Jakarta Mail finds its stream provider through the context class loader: a caller from
        // another class loader (a test of another Quarkus test profile) would offer it its own
        // copy of the classes, which this copy of Jakarta Mail cannot use.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(MailServer.class.getClassLoader());
        try {
            List<Mail> mails = new ArrayList<>();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                mails.add(read(message));
            }
            return mails;
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    public List<Mail> receivedBy(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return received().stream().filter(mail -> mail.to().contains(wanted)).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            String[] parts = new String[2];
            collect(message, parts);
            return new Mail(
                    recipients == null
                            ? List.of()
                            : Arrays.stream(recipients)
                                    .map(a -> a.toString().toLowerCase(Locale.ROOT))
                                    .toList(),
                    message.getFrom() == null ? null : message.getFrom()[0].toString(),
                    message.getSubject(),
                    message.getMessageID(),
                    parts[0],
                    parts[1],
                    message.getReceivedDate() == null
                            ? Instant.now()
                            : message.getReceivedDate().toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in the mail server", e);
        }
    }

    /** Finds the text/plain and text/html parts, however deeply the body nests them. */
    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, parts);
            }
        }
    }
}
