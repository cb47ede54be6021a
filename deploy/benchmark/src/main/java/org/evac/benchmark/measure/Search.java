package org.evac.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evac.benchmark.data.GeneratedPerson;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.Samples;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * Search at full size: {@code GET /api/v1/persons?q=} by a loaded person's full name (a third of
 * the time with one token spelt as another list would spell it), by the Dari name, and by a
 * registry number; and, as the baseline, {@code GET /api/v1/persons/{id}} of the persons found.
 */
final class Search {

    /** Spellings of the same name that partner lists use interchangeably. */
    private static final Map<String, String> VARIANTS =
            Map.ofEntries(
                    Map.entry("Mohammad", "Muhammad"),
                    Map.entry("Muhammad", "Mohammad"),
                    Map.entry("Hussain", "Husain"),
                    Map.entry("Hussein", "Hussain"),
                    Map.entry("Qasim", "Kasim"),
                    Map.entry("Zahra", "Zehra"),
                    Map.entry("Fatima", "Fatema"),
                    Map.entry("Naveed", "Navid"),
                    Map.entry("Haidari", "Haydari"),
                    Map.entry("Sediqi", "Siddiqi"),
                    Map.entry("Yousuf", "Yusuf"),
                    Map.entry("Abdul", "Abdool"));

    /** The baseline's samples and the persons the name searches found, for the statistics. */
    record Found(Samples personRead, List<String> personIds) {}

    private Search() {}

    static Found run(Bench bench) {
        List<String> ids = new ArrayList<>();
        List<String> registryNumbers = new ArrayList<>();
        Sequential.Measured byName =
                Sequential.measure(
                        bench,
                        () -> search(bench, withVariant(bench, bench.someLoadedPerson())),
                        response -> {
                            JsonNode page = Api.expect(response, 200);
                            if (page.path("total").asLong() == 0) {
                                return false;
                            }
                            JsonNode first = page.path("items").path(0);
                            ids.add(first.path("id").asText());
                            registryNumbers.add(first.path("registryNumber").asText());
                            return true;
                        });
        if (ids.isEmpty()) {
            throw new IllegalStateException("No name search found anybody");
        }
        Sequential.Measured byNative =
                Sequential.measure(
                        bench,
                        () -> search(bench, bench.someLoadedPerson().nativeName()),
                        response -> Api.expect(response, 200).path("total").asLong() > 0);
        Sequential.Measured byNumber =
                Sequential.measure(
                        bench,
                        () ->
                                search(
                                        bench,
                                        registryNumbers.get(
                                                bench.random.nextInt(registryNumbers.size()))),
                        response -> Api.expect(response, 200).path("total").asLong() == 1);
        Sequential.Measured person =
                Sequential.measure(
                        bench,
                        () ->
                                Api.request(
                                                bench.url(
                                                        SystemUnderTest.REGISTRY,
                                                        "/api/v1/persons/"
                                                                + ids.get(
                                                                        bench.random.nextInt(
                                                                                ids.size()))),
                                                bench.coordinator)
                                        .GET()
                                        .build(),
                        Sequential.answers(200));
        figure(
                bench,
                "by name (transliteration-tolerant), p99",
                byName,
                person,
                "a loaded person's given and family names, one token in another spelling"
                        + " (Muhammad/Mohammad, Haydari/Haidari …) in a third of the queries",
                "found somebody");
        figure(
                bench,
                "by native-script name, p99",
                byNative,
                person,
                "a loaded person's Dari name as registered",
                "found somebody");
        figure(
                bench,
                "by registry number, p99",
                byNumber,
                person,
                "registry numbers of persons the name searches found",
                "found exactly one");
        return new Found(person.samples(), List.copyOf(ids));
    }

    static String personBaseline(Samples person) {
        return "GET /persons/{id} p99, " + Sequential.describe(person);
    }

    private static void figure(
            Bench bench,
            String name,
            Sequential.Measured measured,
            Sequential.Measured baseline,
            String queries,
            String hit) {
        bench.results.add(
                new Figure(
                        "4 Search",
                        name,
                        "ms",
                        measured.samples().p99(),
                        Target.below(20),
                        baseline.samples().p99(),
                        "GET /persons/{id}",
                        String.format(
                                "GET /api/v1/persons?q= by one client, requests one after the other"
                                        + " after a warm-up, coordinator token, default page of 50 with"
                                        + " total: %s; %d of %d %s; %s. Baseline: %s",
                                queries,
                                measured.hits(),
                                measured.samples().count(),
                                hit,
                                measured.describe(),
                                personBaseline(baseline.samples()))));
    }

    private static HttpRequest search(Bench bench, String query) {
        return Api.request(
                        bench.url(
                                SystemUnderTest.REGISTRY,
                                "/api/v1/persons?q="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                        bench.coordinator)
                .GET()
                .build();
    }

    private static String withVariant(Bench bench, GeneratedPerson person) {
        String name = person.givenNames() + " " + person.familyName();
        if (bench.random.nextInt(3) != 0) {
            return name;
        }
        StringBuilder varied = new StringBuilder();
        boolean changed = false;
        for (String token : name.split(" ")) {
            String variant = changed ? null : VARIANTS.get(token);
            varied.append(varied.isEmpty() ? "" : " ").append(variant == null ? token : variant);
            changed |= variant != null;
        }
        return varied.toString();
    }
}
