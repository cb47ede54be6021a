package org.evac.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evac.benchmark.data.ImportFile;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.system.SystemUnderTest;

/** Imports through {@code POST /api/v1/imports/csv}, as a coordinator uploads a partner list. */
final class Imports {

    /**
     * What the registry reported ({@code duplicates} counts the rows held back as likely duplicates
     * too), and how long the upload took from send to answer.
     */
    record Outcome(
            String id,
            int rows,
            int created,
            int flagged,
            int duplicates,
            int invalid,
            Duration took,
            long answeredAtNanos) {

        /** Persons the import added ({@code created} counts the flagged ones too). */
        int persons() {
            return created;
        }

        double rowsPerSecond() {
            return rows / (took.toNanos() / 1e9);
        }

        Map<String, Object> asMap(String file) {
            return Map.of(
                    "file", file,
                    "rows", rows,
                    "created", created,
                    "flagged", flagged,
                    "duplicates", duplicates,
                    "invalid", invalid,
                    "seconds", took.toNanos() / 1e9,
                    "rowsPerSecond", rowsPerSecond());
        }
    }

    private Imports() {}

    static Outcome post(Bench bench, ImportFile file) {
        HttpRequest request =
                Api.request(
                                bench.url(
                                        SystemUnderTest.REGISTRY,
                                        "/api/v1/imports/csv?source="
                                                + file.source()
                                                + "&fileName="
                                                + URLEncoder.encode(
                                                        file.name(), StandardCharsets.UTF_8)),
                                bench.coordinator)
                        .timeout(Duration.ofMinutes(20))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file.csv()))
                        .build();
        long started = System.nanoTime();
        var response = bench.api.send(request);
        long answered = System.nanoTime();
        JsonNode summary = Api.expect(response, 201);
        return new Outcome(
                summary.path("id").asText(),
                summary.path("totalRows").asInt(),
                summary.path("created").asInt(),
                summary.path("flagged").asInt(),
                summary.path("duplicates").asInt(),
                summary.path("invalid").asInt(),
                Duration.ofNanos(answered - started),
                answered);
    }

    /** Ids of the persons an import created, in row order, from its per-row report. */
    static List<String> createdPersons(Bench bench, String importId) {
        var response =
                bench.api.get(
                        bench.url(
                                SystemUnderTest.REGISTRY,
                                "/api/v1/imports/" + importId + "/report"),
                        bench.coordinator);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import report answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        for (String line : response.body().split("\r?\n")) {
            String[] fields = line.split(",", -1);
            if (fields.length > 2
                    && (fields[1].equals("CREATED") || fields[1].equals("FLAGGED"))
                    && !fields[2].isEmpty()) {
                ids.add(fields[2]);
            }
        }
        return ids;
    }
}
