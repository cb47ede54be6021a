package org.evac.infrastructure.testing;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/** The test JVM's SMTP server as a test sees it: each recipient's mailbox. */
public final class MailControl {

    /** A message as the recipient's mail client reads it. */
    public record Mail(
            List<String> to,
            String from,
            String subject,
            String messageId,
            String text,
            String html) {}

    private MailControl() {}

    @SuppressWarnings("unchecked")
    public static List<Mail> receivedBy(String address) {
        List<Map<String, Object>> mails;
        try {
            mails =
                    (List<Map<String, Object>>)
                            ManagementFactory.getPlatformMBeanServer()
                                    .invoke(
                                            new ObjectName(MessagingServers.MAIL_CONTROL),
                                            "receivedBy",
                                            new Object[] {address},
                                            new String[] {String.class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException(
                    "No mail server in this JVM (is MessagingServersResource declared?)", e);
        }
        return mails.stream()
                .map(
                        m ->
                                new Mail(
                                        (List<String>) m.get("to"),
                                        (String) m.get("from"),
                                        (String) m.get("subject"),
                                        (String) m.get("messageId"),
                                        (String) m.get("text"),
                                        (String) m.get("html")))
                .toList();
    }
}
