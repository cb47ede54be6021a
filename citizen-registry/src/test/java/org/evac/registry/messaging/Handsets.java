package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evac.infrastructure.testing.MailControl;
import org.evac.infrastructure.testing.SmscControl;

/** What the persons' phones and mailboxes received, and what the registry says it sent. */
public final class Handsets {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The service's number, as configured (the SMPP source address). */
    public static final String SERVICE_NUMBER = "7423";

    private Handsets() {}

    /** Waits until the phone shows {@code count} texts and returns them, oldest first. */
    public static List<SmscControl.Sms> texts(String number, int count) {
        return await().atMost(PATIENCE)
                .until(() -> SmscControl.receivedBy(number), texts -> texts.size() >= count);
    }

    public static List<MailControl.Mail> mails(String address, int count) {
        return await().atMost(PATIENCE)
                .until(() -> MailControl.receivedBy(address), mails -> mails.size() >= count);
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
