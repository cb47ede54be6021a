package org.evac.registry.importing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prints import throughput; never asserts timing. Run with {@code ./mvnw -B -pl citizen-registry
 * test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Baselines in the same run:
 * parsing the file alone (no database), and a 1,000-row import (fixed costs).
 */
@QuarkusTest
class ImportBenchmark {

    @Test
    @TestSecurity(user = "benchmark", roles = "coordinator")
    void printsRowsPerSecond() throws Exception {
        Path large = GeneratedCsv.write(100_000);
        Path small = GeneratedCsv.write(1_000);

        long parseStart = System.nanoTime();
        int parsed = parseOnly(large);
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        double smallSeconds = timeImport(small);
        double largeSeconds = timeImport(large);

        System.out.printf(
                "%n=== citizen-registry import benchmark (%d cores) ===%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "baseline: parse and map only   %,9d rows in %6.2f s = %,10.0f rows/s%n",
                parsed, parseSeconds, parsed / parseSeconds);
        System.out.printf(
                "baseline: import      1,000 rows      in %6.2f s = %,10.0f rows/s%n",
                smallSeconds, 1_000 / smallSeconds);
        System.out.printf(
                "import              100,000 rows      in %6.2f s = %,10.0f rows/s (target >= 5,000)%n%n",
                largeSeconds, 100_000 / largeSeconds);
    }

    private static double timeImport(Path file) {
        long start = System.nanoTime();
        given().contentType("text/csv")
                .body(file.toFile())
                .queryParam("source", "STEP_ENROLMENT")
                .post("/api/v1/imports")
                .then()
                .statusCode(201);
        return (System.nanoTime() - start) / 1e9;
    }

    private static int parseOnly(Path file) throws Exception {
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            List<String> header = csv.next();
            List<String> fields;
            while ((fields = csv.next()) != null) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                CsvColumns.toRequest(row);
                rows++;
            }
        }
        return rows;
    }
}
