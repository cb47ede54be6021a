package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled pairs of {@code duplicate/labelled-pairs.psv} through the API: person A is
 * registered, person B checked with {@code POST /duplicate-checks}; B found A when A is among its
 * candidates (likely or possible). Prints precision and recall, overall, by class and for the
 * likely band alone, and every miss and false match with its reasons; fails below 98 % of either.
 */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class DuplicatePairTableTest {

    private static final double REQUIRED = 0.98;

    private record Side(
            String given,
            String family,
            String nativeName,
            String birthDate,
            String sex,
            String phone) {}

    private record Pair(boolean same, String kind, Side a, Side b, String line) {}

    private record Outcome(Pair pair, boolean found, boolean likely, Object reasons) {}

    @Test
    void findsTheSamePersonAndKeepsDifferentPeopleApart() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Pair pair : pairs()) {
            String registered = person(pair.a()).create();
            List<Map<String, Object>> candidates =
                    given().contentType(ContentType.JSON)
                            .body(person(pair.b()).body())
                            .post("/api/v1/duplicate-checks")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("");
            Map<String, Object> match =
                    candidates.stream()
                            .filter(c -> registered.equals(c.get("personId")))
                            .findFirst()
                            .orElse(null);
            outcomes.add(
                    new Outcome(
                            pair,
                            match != null,
                            match != null && "LIKELY".equals(match.get("band")),
                            match == null ? "not a candidate" : match.get("reasons")));
        }

        Figures all = Figures.of(outcomes, false);
        Figures likely = Figures.of(outcomes, true);
        System.out.printf(
                "%n=== duplicate detection on %d labelled pairs (%d same, %d different) ===%n",
                outcomes.size(), all.tp + all.fn, all.fp + all.tn);
        System.out.printf("likely or possible: %s%n", all);
        System.out.printf("likely only:        %s%n", likely);
        Map<String, List<Outcome>> byKind = new TreeMap<>();
        outcomes.forEach(
                o ->
                        byKind.computeIfAbsent(
                                        (o.pair().same() ? "same / " : "different / ")
                                                + o.pair().kind(),
                                        k -> new ArrayList<>())
                                .add(o));
        byKind.forEach(
                (kind, list) ->
                        System.out.printf(
                                "  %-32s %3d pairs, %3d decided right%n",
                                kind,
                                list.size(),
                                list.stream().filter(o -> o.found() == o.pair().same()).count()));
        outcomes.stream()
                .filter(o -> o.found() != o.pair().same())
                .forEach(
                        o ->
                                System.out.printf(
                                        "  %s %s%n      %s%n",
                                        o.pair().same() ? "MISSED" : "FALSE MATCH",
                                        o.pair().line(),
                                        o.reasons()));
        System.out.println();

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(REQUIRED);
    }

    private record Figures(int tp, int fn, int fp, int tn) {

        static Figures of(List<Outcome> outcomes, boolean likelyOnly) {
            int tp = 0;
            int fn = 0;
            int fp = 0;
            int tn = 0;
            for (Outcome o : outcomes) {
                boolean found = likelyOnly ? o.likely() : o.found();
                if (o.pair().same()) {
                    tp += found ? 1 : 0;
                    fn += found ? 0 : 1;
                } else {
                    fp += found ? 1 : 0;
                    tn += found ? 0 : 1;
                }
            }
            return new Figures(tp, fn, fp, tn);
        }

        double recall() {
            return tp / (double) (tp + fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        @Override
        public String toString() {
            return String.format(
                    "recall %5.1f %% (%d of %d same found), precision %5.1f %% (%d false matches"
                            + " of %d different)",
                    100 * recall(), tp, tp + fn, 100 * precision(), fp, fp + tn);
        }
    }

    private static Persons person(Side side) {
        Persons person =
                aPerson().named(side.given(), side.family()).bornOn(side.birthDate()).noContacts();
        person = side.nativeName() == null ? person : person.with("nativeName", side.nativeName());
        person =
                switch (side.sex()) {
                    case "M" -> person.with("sex", "MALE");
                    case "F" -> person.with("sex", "FEMALE");
                    default -> person.without("sex");
                };
        return side.phone() == null ? person : person.withContact("PHONE", side.phone());
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in =
                DuplicatePairTableTest.class.getResourceAsStream("/duplicate/labelled-pairs.psv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                assertThat(f).as(line).hasSize(14);
                pairs.add(
                        new Pair(
                                switch (f[0]) {
                                    case "SAME" -> true;
                                    case "DIFFERENT" -> false;
                                    default -> throw new IllegalArgumentException(line);
                                },
                                f[1],
                                side(f, 2),
                                side(f, 8),
                                line));
            }
        }
        return pairs;
    }

    private static Side side(String[] f, int from) {
        return new Side(
                f[from],
                f[from + 1],
                blankToNull(f[from + 2]),
                blankToNull(f[from + 3]),
                f[from + 4],
                blankToNull(f[from + 5]));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
