package org.evac.registry.importing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prints import throughput; never asserts timing. Run with {@code ./mvnw -B -pl citizen-registry
 * test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Baselines in the same run:
 * parsing the file alone (no database), and a 1,000-row import (fixed costs). Then 100,000-row
 * files: the first meets a freshly started JVM that compiles the import code as it goes; the ones
 * after it show a running service, each against a registry that holds the imports before it.
 */
@QuarkusTest
class ImportBenchmark {

    private static final int ROWS = 100_000;
    private static final int STEADY_RUNS = 3;

    @Test
    @TestSecurity(user = "benchmark", roles = "coordinator")
    void printsRowsPerSecond() throws Exception {
        Path first = GeneratedCsv.write(ROWS);

        long parseStart = System.nanoTime();
        int parsed = parseOnly(first);
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        double smallSeconds = timeImport(GeneratedCsv.write(1_000));
        double coldSeconds = timeImport(first);
        double[] steadySeconds = new double[STEADY_RUNS];
        for (int i = 0; i < STEADY_RUNS; i++) {
            steadySeconds[i] = timeImport(GeneratedCsv.write(ROWS));
        }

        System.out.printf(
                "%n=== citizen-registry import benchmark (%d cores) ===%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "baseline: parse and map only       %,9d rows in %6.2f s = %,8.0f rows/s%n",
                parsed, parseSeconds, parsed / parseSeconds);
        System.out.printf(
                "baseline: import                       1,000 rows in %6.2f s = %,8.0f rows/s%n",
                smallSeconds, 1_000 / smallSeconds);
        System.out.printf(
                "import, JVM just started             %,9d rows in %6.2f s = %,8.0f rows/s%n",
                ROWS, coldSeconds, ROWS / coldSeconds);
        for (int i = 0; i < STEADY_RUNS; i++) {
            System.out.printf(
                    "import, running (%,7d held)       %,9d rows in %6.2f s = %,8.0f rows/s%n",
                    (i + 1) * ROWS, ROWS, steadySeconds[i], ROWS / steadySeconds[i]);
        }
        double median = Arrays.stream(steadySeconds).sorted().toArray()[STEADY_RUNS / 2];
        System.out.printf(
                "import, running: median                              %6.2f s = %,8.0f rows/s"
                        + " (target >= 5,000)%n%n",
                median, ROWS / median);
    }

    private static double timeImport(Path file) {
        long start = System.nanoTime();
        given().contentType("text/csv")
                .body(file.toFile())
                .queryParam("source", "STEP_ENROLMENT")
                .post("/api/v1/imports/csv")
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
