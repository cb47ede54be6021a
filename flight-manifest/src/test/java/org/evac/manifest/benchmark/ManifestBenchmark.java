package org.evac.manifest.benchmark;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.security.Roles;
import org.evac.manifest.paxlst.PaxlstParser;
import org.evac.manifest.readmodel.RegisteredDocument;
import org.evac.manifest.readmodel.RegisteredPerson;
import org.evac.manifest.readmodel.SeatAllocation;
import org.evac.manifest.revision.ManifestService;
import org.evac.manifest.support.Fixtures;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a 400-passenger PAXLST manifest takes to be parsed, checked and stored, in the
 * JVM and through the API, against a one-passenger upload as baseline (HTTP, security, transaction
 * and outbox overhead) measured in the same run. Not part of the default build: {@code ./mvnw -pl
 * flight-manifest test -Dtest=ManifestBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints
 * figures, asserts nothing.
 */
@QuarkusTest
class ManifestBenchmark {

    private static final int PASSENGERS = 400;
    private static final int REGISTERED = 300;
    private static final int WARMUP = 15;
    private static final int RUNS = 60;

    @Inject IdentityFingerprints fingerprints;

    @Inject ManifestService manifests;

    @Inject Clock clock;

    @TestHTTPResource("/api/v1/flights/")
    URI flights;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token = TestTokens.forRoles("benchmark", Roles.COORDINATOR);

    @Test
    void fourHundredPassengerManifest() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator, Duration.ofDays(1), 450);
        UUID baselineFlight = Fixtures.newFlight(operator, Duration.ofDays(2), 450);
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < PASSENGERS; i++) {
            documents.add(
                    String.format("B%08d", i)
                            + flight.toString().substring(0, 4).toUpperCase(Locale.ROOT));
        }
        registerAndSeat(flight, documents.subList(0, REGISTERED));
        String large = message(documents);
        String small = message(documents.subList(0, 1));

        long[] parse = measure(() -> PaxlstParser.parse(large, LocalDate.now(clock)));
        long[] baseline = measure(() -> upload(baselineFlight, small));
        long[] full = measure(() -> upload(flight, large));
        long[] inJvm = measure(() -> submitInJvm(flight, large));

        System.out.printf(
                Locale.ROOT,
                "%nManifestBenchmark (%d runs after %d warm-up, %d passengers, %d registered; "
                        + "%d cores, load average %.1f)%n",
                RUNS,
                WARMUP,
                PASSENGERS,
                REGISTERED,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        print("parse only (in JVM)", parse);
        print("parse+check+store (in JVM, no HTTP)", inJvm);
        print("baseline: 1-passenger upload over HTTP", baseline);
        print("400-passenger upload over HTTP", full);
    }

    private long[] measure(Supplier<Object> action) {
        for (int i = 0; i < WARMUP; i++) {
            action.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String label, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "  %-42s p50 %7.1f ms   p99 %7.1f ms%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
    }

    private Object submitInJvm(UUID flight, String message) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return manifests
                    .submit(flight, PaxlstParser.parse(message, LocalDate.now(clock)).submission())
                    .revision();
        } finally {
            request.terminate();
        }
    }

    private Object upload(UUID flight, String message) {
        HttpRequest request =
                HttpRequest.newBuilder(flights.resolve(flight + "/manifests/paxlst"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/edifact")
                        .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
                        .build();
        try {
            HttpResponse<byte[]> response =
                    http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + response.statusCode());
            }
            return response.body().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void registerAndSeat(UUID flight, List<String> documents) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (String document : documents) {
                                RegisteredPerson person = new RegisteredPerson();
                                person.personId = UUID.randomUUID();
                                person.fingerprintKey = fingerprints.current().id();
                                person.fingerprintScheme = IdentityFingerprints.SCHEME;
                                person.familyNameFingerprint = fingerprints.familyName("HAIDARI");
                                person.birthDateFingerprint = fingerprints.birthDate("1985-03-12");
                                person.status = "ACTIVE";
                                person.version = 1;
                                person.persist();
                                RegisteredDocument registered = new RegisteredDocument();
                                registered.fingerprint =
                                        fingerprints.document("AFGHAN_PASSPORT", "AFG", document);
                                registered.person = person;
                                registered.persist();
                                SeatAllocation seat = new SeatAllocation();
                                seat.key = new SeatAllocation.Key(person.personId, flight);
                                seat.persist();
                            }
                        });
    }

    private static String message(List<String> documents) {
        StringBuilder body = new StringBuilder();
        int segments = 0;
        for (String document : documents) {
            body.append(
                            "NAD+FL+++HAIDARI:AHMAD ZIA'\nATT+2++M'\nDTM+329:850312'\nLOC+178+KBL'\nLOC+179+DOH'\n")
                    .append("NAT+2+AFG'\nRFF+AVF:EVAC42'\nDOC+P:110:111+")
                    .append(document)
                    .append("'\nDTM+36:300101'\nLOC+91+AFG'\n");
            segments += 10;
        }
        String header =
                "UNH+1+PAXLST:D:02B:UN:IATA'\nBGM+745'\nNAD+MS+++KABUL OPS'\nTDT+20+"
                        + Fixtures.FLIGHT_NUMBER
                        + "'\nLOC+125+KBL'\nDTM+189:2108261200:201'\nLOC+87+DOH'\nDTM+232:2108261500:201'\n";
        segments += 8 + 2;
        return "UNA:+.? '\nUNB+UNOA:4+QTR+QATAPIS+210826:0930+BENCH1'\n"
                + header
                + body
                + "CNT+42:"
                + documents.size()
                + "'\nUNT+"
                + segments
                + "+1'\nUNZ+1+BENCH1'\n";
    }
}
