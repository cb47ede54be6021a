package org.evac.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.scenario.api.Http1Connection;
import org.evac.scenario.api.Http1Connection.Answer;
import org.evac.scenario.api.Http1Connection.BrokenAnswer;
import org.evac.scenario.api.Http1Connection.NoAnswer;
import org.evac.scenario.api.Http1Connection.NotListening;

/**
 * A coordinator's client that registers persons one after the other on one kept-alive connection
 * (opened again when the server closes it), each under an Idempotency-Key of its own. A
 * registration that was refused, or that met a connection the server had closed, is sent again with
 * the same key, as a real client would; every attempt is recorded with how it ended.
 */
final class RegistrationClient implements Runnable {

    static final String PERSONS = "/api/v1/persons";

    /** Persons of one run share a family name; the same birth date makes them likely duplicates. */
    static final String REGISTER = PERSONS + "?acknowledgeDuplicates=true";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How an attempt ended, as the client saw it. */
    enum Outcome {
        /** 201 with the whole person. */
        CREATED,
        /** A whole answer of 503: the server is ending and took nothing. */
        REFUSED,
        /** The connection ended before any byte of an answer. */
        CLOSED_UNANSWERED,
        /** Nothing listened on the port. */
        NOT_LISTENING,
        /** Anything else: another status, an answer that broke off, a body without the person. */
        UNEXPECTED
    }

    /** A person to register: what the client sends and the key it sends it under. */
    record Registration(String key, String givenNames, String passport, byte[] body) {}

    /** One attempt: when it began and ended (System.nanoTime), how it ended, the person made. */
    record Attempt(
            Registration registration,
            long startedNanos,
            long endedNanos,
            Outcome outcome,
            String personId,
            String detail) {}

    private final String name;
    private final int port;
    private final String authorization;
    private final String familyName;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private int registered;
    private Http1Connection connection;

    RegistrationClient(String name, int port, String token, String familyName) {
        this.name = name;
        this.port = port;
        this.authorization = "Bearer " + token;
        this.familyName = familyName;
    }

    String name() {
        return name;
    }

    /** Ends the loop after the attempt under way. */
    void stop() {
        stopped = true;
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    long created() {
        return attempts.stream().filter(a -> a.outcome() == Outcome.CREATED).count();
    }

    @Override
    public void run() {
        try {
            Registration registration = next();
            while (!stopped) {
                Attempt attempt = attempt(registration);
                attempts.add(attempt);
                if (attempt.outcome() == Outcome.CREATED) {
                    registration = next();
                } else {
                    Thread.sleep(20);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** Sends a registration once on a connection of its own and returns the whole answer. */
    Answer sendOnce(Registration registration) throws IOException {
        try (Http1Connection once = Http1Connection.open(port)) {
            return once.exchange(
                    "POST", REGISTER, requestHeaders(registration), registration.body());
        }
    }

    private Attempt attempt(Registration registration) {
        long started = System.nanoTime();
        try {
            if (connection == null || !connection.isOpen()) {
                connection = Http1Connection.open(port);
            }
            Answer answer =
                    connection.exchange(
                            "POST", REGISTER, requestHeaders(registration), registration.body());
            return switch (answer.status()) {
                case 201 -> created(registration, started, answer);
                case 503 -> ended(registration, started, Outcome.REFUSED, null, "503");
                default ->
                        ended(
                                registration,
                                started,
                                Outcome.UNEXPECTED,
                                null,
                                answer.status() + " " + answer.text());
            };
        } catch (NotListening e) {
            return ended(registration, started, Outcome.NOT_LISTENING, null, e.getMessage());
        } catch (NoAnswer e) {
            return ended(registration, started, Outcome.CLOSED_UNANSWERED, null, e.getMessage());
        } catch (BrokenAnswer e) {
            return ended(registration, started, Outcome.UNEXPECTED, null, e.getMessage());
        } catch (IOException e) {
            return ended(registration, started, Outcome.UNEXPECTED, null, e.toString());
        }
    }

    private Attempt created(Registration registration, long started, Answer answer) {
        try {
            JsonNode person = JSON.readTree(answer.body());
            String id = person.path("id").asText();
            String location = answer.header("Location");
            boolean whole =
                    familyName.equals(person.path("familyName").asText())
                            && registration.givenNames().equals(person.path("givenNames").asText())
                            && person.path("documents").size() == 1
                            && person.path("contacts").size() == 1
                            && location != null
                            && location.endsWith(PERSONS + "/" + id);
            return whole
                    ? ended(registration, started, Outcome.CREATED, id, "201")
                    : ended(registration, started, Outcome.UNEXPECTED, id, "201 " + answer.text());
        } catch (IOException e) {
            return ended(registration, started, Outcome.UNEXPECTED, null, "201 " + answer.text());
        }
    }

    private static Attempt ended(
            Registration registration,
            long started,
            Outcome outcome,
            String personId,
            String detail) {
        return new Attempt(registration, started, System.nanoTime(), outcome, personId, detail);
    }

    private Map<String, String> requestHeaders(Registration registration) {
        return Map.of(
                "Authorization",
                authorization,
                "Accept",
                "application/json",
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                registration.key());
    }

    /** A complete, valid US citizen with a passport and a phone, unique within the run. */
    private Registration next() {
        registered++;
        String givenNames = name + " " + letters(registered);
        String passport = digits(9);
        Map<String, Object> person =
                Map.of(
                        "familyName",
                        familyName,
                        "givenNames",
                        givenNames,
                        "birthDate",
                        "1986-04-17",
                        "sex",
                        "FEMALE",
                        "category",
                        "US_CITIZEN",
                        "departureWish",
                        "WANTS_TO_LEAVE",
                        "location",
                        Map.of("province", "AF-KAB", "district", "Kabul"),
                        "documents",
                        List.of(
                                Map.of(
                                        "type",
                                        "US_PASSPORT",
                                        "issuingCountry",
                                        "USA",
                                        "number",
                                        passport,
                                        "expiresOn",
                                        "2029-05-01")),
                        "contacts",
                        List.of(Map.of("kind", "PHONE", "value", "+9370" + digits(7))));
        try {
            return new Registration(
                    UUID.randomUUID().toString(),
                    givenNames,
                    passport,
                    JSON.writeValueAsBytes(person));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names are in Latin script without digits: a number written in letters, A, B, ..., BA. */
    static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.insert(0, (char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return letters.toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
