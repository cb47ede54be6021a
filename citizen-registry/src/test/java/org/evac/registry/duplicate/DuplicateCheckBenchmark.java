package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;

import com.ibm.icu.text.Transliterator;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.evac.infrastructure.bulk.CopyRows;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a duplicate check takes against a registry of 1,000,000 persons; never asserts
 * timing. Run with {@code ./mvnw -B -pl citizen-registry test -Dtest=DuplicateCheckBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The registry is loaded with COPY (persons and their blocking keys, as an import writes them;
 * no events), with names drawn as Afghan names are spread: two thirds of persons carry one of 60
 * common family names, the rest a family name of their own; given names from 60 common ones with
 * their shares (Mohammad about one person in five), one to three of them; dates of birth 1940 to
 * 2015, a tenth year only, a twentieth unknown; a fifth with a native-script name. Then 300 checks
 * warm the JVM and 2,000 are measured through {@code POST /duplicate-checks}: half are spelling
 * variants of registered persons (a vowel dropped, a compound joined, another date precision), half
 * new persons with common names, and the same probes in the JVM without HTTP.
 */
@QuarkusTest
@TestSecurity(user = "benchmark", roles = "coordinator")
class DuplicateCheckBenchmark {

    private static final int PERSONS = 1_000_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

    private static final String[] GIVEN = {
        "Mohammad",
        "Ahmad",
        "Abdul",
        "Gul",
        "Ali",
        "Noor",
        "Ghulam",
        "Sayed",
        "Shah",
        "Khan",
        "Hussain",
        "Hassan",
        "Rahman",
        "Rahim",
        "Karim",
        "Haq",
        "Zia",
        "Abdullah",
        "Hamid",
        "Farid",
        "Nasir",
        "Qasim",
        "Omar",
        "Yousuf",
        "Ibrahim",
        "Mir",
        "Wali",
        "Akbar",
        "Zahir",
        "Bashir",
        "Najib",
        "Habib",
        "Aziz",
        "Jawad",
        "Mahmood",
        "Mustafa",
        "Khalid",
        "Tahir",
        "Sharif",
        "Wahid",
        "Sakhi",
        "Nabi",
        "Zahra",
        "Fatima",
        "Maryam",
        "Khadija",
        "Aisha",
        "Nasrin",
        "Shabnam",
        "Rahima",
        "Farida",
        "Hamida",
        "Jamila",
        "Farzana",
        "Laila",
        "Malalai",
        "Sohaila",
        "Zarghona",
        "Parwana",
        "Fereshta"
    };
    private static final double[] GIVEN_SHARE = {
        20, 8, 10, 4, 4, 3, 3, 3, 3, 3, 2, 1.5, 3, 1.5, 1.5, 1, .6, 1, 1, .8, .8, .6, .6, .6, .5,
        1.5, .8, .6, .6, .6, .5, .6, .6, .4, .6, .5, .4, .4, .4, .5, .3, .3, 1.5, 1.5, 1.2, .6, .6,
        .5, .4, .4, .4, .3, .3, .4, .5, .2, .2, .2, .3, .3
    };
    private static final String[] FAMILY = {
        "Ahmadi",
        "Mohammadi",
        "Hussaini",
        "Karimi",
        "Rahimi",
        "Hashimi",
        "Haidari",
        "Noori",
        "Sadat",
        "Jafari",
        "Akbari",
        "Sharifi",
        "Hakimi",
        "Nazari",
        "Amiri",
        "Safi",
        "Rasuli",
        "Omari",
        "Sultani",
        "Rezaie",
        "Musawi",
        "Samadi",
        "Habibi",
        "Azizi",
        "Rahmani",
        "Qaderi",
        "Khan",
        "Wardak",
        "Zadran",
        "Ahmadzai",
        "Barakzai",
        "Popalzai",
        "Popal",
        "Durrani",
        "Noorzai",
        "Alizai",
        "Momand",
        "Shinwari",
        "Tajik",
        "Hazara",
        "Stanekzai",
        "Hotak",
        "Kakar",
        "Sediqi",
        "Quraishi",
        "Mujahid",
        "Samim",
        "Faizi",
        "Hamidi",
        "Yousufzai",
        "Niazi",
        "Ghani",
        "Hamdard",
        "Akhundzada",
        "Ansari",
        "Mansoor",
        "Tarakhil",
        "Sakhizada",
        "Khpalwak",
        "Mangal"
    };

    @Inject AgroalDataSource dataSource;
    @Inject DuplicateFinder finder;

    private final Random random = new Random(20210815);
    private double[] givenCumulative;

    private record Generated(String given, String family, String birthDate, String nativeName) {}

    @Test
    void printsTheLatencyOfADuplicateCheckAtAMillionPersons() throws Exception {
        givenCumulative = cumulative(GIVEN_SHARE);
        List<Generated> sample = new ArrayList<>();
        long loadStart = System.nanoTime();
        load(sample);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        List<Map<String, Object>> probes = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            probes.add(
                    i % 2 == 0
                            ? body(variant(sample.get(random.nextInt(sample.size()))))
                            : body(person()));
        }
        for (int i = 0; i < WARM_UP; i++) {
            check(probes.get(i));
        }
        long[] http = new long[MEASURED];
        int candidates = 0;
        int most = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            int found = check(probes.get(WARM_UP + i));
            http[i] = System.nanoTime() - start;
            candidates += found;
            most = Math.max(most, found);
        }
        long[] inJvm = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Map<String, Object> p = probes.get(WARM_UP + i);
            Identity identity =
                    Identity.of(
                            (String) p.get("familyName"),
                            (String) p.get("givenNames"),
                            (String) p.get("birthDate"),
                            (String) p.get("nativeName"),
                            null,
                            Set.of(),
                            null);
            long start = System.nanoTime();
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> finder.candidates(identity, null));
            inJvm[i] = System.nanoTime() - start;
        }

        System.out.printf(
                "%n=== citizen-registry duplicate check benchmark (%d cores) ===%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "registry: %,d persons loaded with COPY in %.0f s%n", PERSONS, loadSeconds);
        System.out.printf(
                "candidates per check: mean %.1f, most %d (likely or possible)%n",
                candidates / (double) MEASURED, most);
        print("POST /duplicate-checks over HTTP", http);
        print("DuplicateFinder in the JVM", inJvm);
        System.out.println();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-34s %,d checks: p50 %5.1f ms, p95 %5.1f ms, p99 %5.1f ms, max %5.1f ms"
                        + " (target p99 < 30 ms)%n",
                what,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private int check(Map<String, Object> person) {
        return given().contentType(ContentType.JSON)
                .body(person)
                .post("/api/v1/duplicate-checks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }

    private void load(List<Generated> sample) throws Exception {
        Transliterator toArabic = Transliterator.getInstance("Latin-Arabic");
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int batch = 0; batch < PERSONS / 100_000; batch++) {
                CopyRows persons =
                        CopyRows.into(
                                "person",
                                "id",
                                "registry_number",
                                "family_name",
                                "given_names",
                                "native_name",
                                "name_key",
                                "birth_date",
                                "sex",
                                "category",
                                "verification",
                                "departure_wish",
                                "status",
                                "created_at",
                                "updated_at",
                                "version");
                CopyRows keys = CopyRows.into("person_match_key", "key", "person_id");
                for (int i = 0; i < 100_000; i++) {
                    Generated g = person();
                    if (random.nextInt(5) == 0) {
                        g =
                                new Generated(
                                        g.given(),
                                        g.family(),
                                        g.birthDate(),
                                        toArabic.transliterate(g.given() + " " + g.family()));
                    }
                    UUID id = UUID.randomUUID();
                    persons.add(
                            id,
                            "BEN-" + batch + "-" + i,
                            g.family(),
                            g.given(),
                            g.nativeName(),
                            DuplicateFinder.nameKey(g.family(), g.given()),
                            g.birthDate(),
                            random.nextBoolean() ? "MALE" : "FEMALE",
                            "US_CITIZEN",
                            "UNVERIFIED",
                            "UNKNOWN",
                            "ACTIVE",
                            now,
                            now,
                            0);
                    Identity.of(
                                    g.family(),
                                    g.given(),
                                    g.birthDate(),
                                    g.nativeName(),
                                    null,
                                    Set.of(),
                                    null)
                            .storedKeys()
                            .forEach(key -> keys.add(key, id));
                    if (i % 200 == 0) {
                        sample.add(g);
                    }
                }
                persons.copyTo(connection);
                keys.copyTo(connection);
                connection.commit();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze person");
                analyze.execute("analyze person_match_key");
            }
            connection.commit();
        }
    }

    private Generated person() {
        int names = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < names; i++) {
            given.append(i == 0 ? "" : " ").append(GIVEN[pick(givenCumulative)]);
        }
        String family =
                random.nextInt(3) < 2
                        ? FAMILY[random.nextInt(FAMILY.length)]
                        : Persons.uniqueFamilyName();
        int year = 1940 + random.nextInt(76);
        int kind = random.nextInt(20);
        String birthDate =
                kind == 0
                        ? null
                        : kind <= 2
                                ? Integer.toString(year)
                                : String.format(
                                        "%04d-%02d-%02d",
                                        year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Generated(given.toString(), family, birthDate, null);
    }

    /** A registered person as another list spells them. */
    private Generated variant(Generated g) {
        String given = g.given();
        String family = g.family();
        String birthDate = g.birthDate();
        switch (random.nextInt(4)) {
            case 0 -> given = given.replaceFirst("(?<=[^aeiou])[aeiou](?=[^aeiou])", "");
            case 1 -> given = given.replace(" ", "");
            case 2 -> birthDate = birthDate == null ? null : birthDate.substring(0, 4);
            default -> family = family.replace("i", "ee");
        }
        return new Generated(given, family, birthDate, g.nativeName());
    }

    private Map<String, Object> body(Generated g) {
        Map<String, Object> body = new HashMap<>();
        body.put("familyName", g.family());
        body.put("givenNames", g.given());
        body.put("category", "US_CITIZEN");
        if (g.birthDate() != null) {
            body.put("birthDate", g.birthDate());
        }
        if (g.nativeName() != null) {
            body.put("nativeName", g.nativeName());
        }
        return body;
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return i >= 0 ? i : -i - 1;
    }

    private static double[] cumulative(double[] shares) {
        double[] c = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            c[i] = sum;
        }
        return c;
    }
}
