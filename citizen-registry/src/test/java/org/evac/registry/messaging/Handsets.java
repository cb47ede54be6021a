package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.evac.testing.MailControl;
import org.evac.testing.SmscControl;

/** What the persons' phones and mailboxes received, and what the registry says it sent. */
public final class Handsets {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The service's number, as configured (the SMPP source address). */
    public static final String SERVICE_NUMBER = "7423";

    private Handsets() {}

    /** Waits until the phone shows {@code count} texts and returns them, oldest first. */
    public static List<SmscControl.Sms> texts(String number, int count) {
        return awaitArrivals(number, count, () -> SmscControl.receivedBy(number));
    }

    public static List<MailControl.Mail> mails(String address, int count) {
        return awaitArrivals(address, count, () -> MailControl.receivedBy(address));
    }

    /**
     * Waits for what reaches the address; if it does not come, the failure says where the
     * registry's messages to that address stopped (queued, claimed, sent) and what its dispatch and
     * request-consumer threads were doing, so that a failure seen once explains itself.
     */
    private static <T> List<T> awaitArrivals(
            String address, int count, Callable<List<T>> received) {
        try {
            return await().atMost(PATIENCE).until(received, arrived -> arrived.size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "Fewer than "
                            + count
                            + " messages reached "
                            + address
                            + " in "
                            + PATIENCE
                            + "; the registry's messages to it: "
                            + queued(address)
                            + "; messaging threads: "
                            + messagingThreads(),
                    e);
        }
    }

    private static String queued(String address) {
        List<OutboundMessage> messages =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        OutboundMessage.<OutboundMessage>list(
                                                "address = ?1 order by createdAt", address));
        return messages.stream()
                .map(
                        m ->
                                String.format(
                                        "%s %s %s attempts=%d created=%s next=%s lease=%s"
                                                + " submitted=%s error=%s",
                                        m.kind,
                                        m.channel,
                                        m.status,
                                        m.attempts,
                                        m.createdAt,
                                        m.nextAttemptAt,
                                        m.leaseUntil,
                                        m.submittedAt,
                                        m.error))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private static String messagingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(
                        t ->
                                t.getKey().getName().startsWith("dispatch-")
                                        || t.getKey().getName().contains("registry-messages")
                                        || t.getKey().getName().startsWith("send-"))
                .map(t -> t.getKey().getName() + " " + whereIn(t.getValue()))
                .collect(Collectors.joining(" | "));
    }

    /** The frames that say what a thread waits for, leaving out the JDK's and the pool's. */
    private static String whereIn(StackTraceElement[] stack) {
        if (Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("getTask"))) {
            return "idle";
        }
        return Arrays.stream(stack)
                .filter(f -> !f.getClassName().startsWith("java."))
                .filter(f -> !f.getClassName().startsWith("jdk."))
                .limit(6)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" < "));
    }

    /** The person's messages through the API (as a coordinator), latest first. */
    public static List<Map<String, Object>> messagesOf(String personId) {
        return given().get("/api/v1/persons/" + personId + "/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    /** Waits until the person's latest message of this kind is in the state, and returns it. */
    public static Map<String, Object> awaitStatus(String personId, String kind, String status) {
        return await().atMost(PATIENCE)
                .until(
                        () ->
                                messagesOf(personId).stream()
                                        .filter(m -> kind.equals(m.get("kind")))
                                        .findFirst()
                                        .orElse(Map.of()),
                        m -> status.equals(m.get("status")));
    }

    public static List<String> attemptOutcomes(String personId) {
        JsonPath attempts =
                given().get("/api/v1/persons/" + personId + "/contact-attempts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return attempts.getList("outcome");
    }
}
