package org.evac.testing;

import java.util.List;
import java.util.Map;

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
        List<Map<String, Object>> mails =
                (List<Map<String, Object>>)
                        JvmWide.call(
                                MessagingServers.MAIL_CONTROL,
                                "No mail server in this JVM (is MessagingServersResource declared?)",
                                "receivedBy",
                                address);
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
