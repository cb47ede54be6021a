package org.evac.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The test JVM's SMSC simulator as a test sees it: the handsets' inboxes and keyboards. */
public final class SmscControl {

    /** A text as the handset shows it. */
    public record Sms(
            String from,
            String to,
            String text,
            String coding,
            int segments,
            String clientReference) {}

    private SmscControl() {}

    @SuppressWarnings("unchecked")
    public static List<Sms> receivedBy(String number) {
        List<Map<String, Object>> texts = (List<Map<String, Object>>) invoke("receivedBy", number);
        return texts.stream()
                .map(
                        t ->
                                new Sms(
                                        (String) t.get("from"),
                                        (String) t.get("to"),
                                        (String) t.get("text"),
                                        (String) t.get("coding"),
                                        (Integer) t.get("segments"),
                                        (String) t.get("clientReference")))
                .toList();
    }

    /** The handset at {@code from} texts {@code text} to the service's number {@code to}. */
    public static void reply(String from, String to, String text) {
        invoke("reply", from, to, text);
    }

    /** DELIVERED, UNDELIVERABLE, EXPIRED or REJECTED for every later message to the number. */
    public static void fate(String number, String fate) {
        invoke("fate", number, fate);
    }

    /** A gateway outage: every connection dropped, nothing listening. */
    public static void stop() {
        invoke("stop");
    }

    public static void start() {
        invoke("start");
    }

    public static long duplicateSubmits() {
        return (Long) invoke("duplicateSubmits");
    }

    public static long enquireLinks() {
        return (Long) invoke("enquireLinks");
    }

    @SuppressWarnings("unchecked")
    public static List<Instant> submitTimes() {
        return (List<Instant>) invoke("submitTimes");
    }

    private static Object invoke(String operation, String... arguments) {
        return JvmWide.call(
                MessagingServers.SMSC_CONTROL,
                "No SMSC simulator in this JVM (is MessagingServersResource declared?)",
                operation,
                arguments);
    }
}
