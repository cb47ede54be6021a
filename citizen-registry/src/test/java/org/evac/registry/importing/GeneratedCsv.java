package org.evac.registry.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.registry.person.Persons;

/**
 * Writes a large import file whose per-row outcome is known: every 1000th row has an impossible
 * date of birth (INVALID), every other 500th row repeats the passport of the row before it
 * (DUPLICATE), all others are new persons with Afghan given names, native-script names, a phone and
 * a US passport.
 */
final class GeneratedCsv {

    static final String HEADER =
            "familyName,givenNames,nativeName,birthDate,sex,category,departureWish,province,"
                    + "district,preferredLanguage,phone,documentType,documentCountry,documentNumber,documentExpiry,"
                    + "vulnerabilities,sourceReference\r\n";
    private static final String[] GIVEN = {
        "Mohammad",
        "Ahmad",
        "Zahra",
        "Fatima",
        "Hussain",
        "Abdul Rahman",
        "Qasim",
        "Maryam",
        "Sayed Ali",
        "Nasrin",
        "Farid",
        "Hamid",
        "Shabnam",
        "Gul Ahmad",
        "Rahima",
        "Jawad"
    };
    private static final String[] PROVINCES = {
        "AF-KAB", "AF-BAL", "AF-HER", "AF-KAN", "AF-NAN", "AF-KDZ"
    };

    private static final String ARABIC_LETTERS = "بپتجچحخدرزسشصطعغفقکگلمنهی";

    private GeneratedCsv() {}

    /**
     * A native-script name of its own per row, as a real list has: one name shared by every row
     * would make them all meet in duplicate detection's native-name key.
     */
    private static String nativeName(ThreadLocalRandom random) {
        StringBuilder family = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            family.append(ARABIC_LETTERS.charAt(random.nextInt(ARABIC_LETTERS.length())));
        }
        return "احمد " + family + "ی";
    }

    static int expectedInvalid(int rows) {
        return rows / 1000;
    }

    static int expectedDuplicates(int rows) {
        return rows / 500 - rows / 1000;
    }

    static Path write(int rows) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long passportBase = 100_000_000L + random.nextLong(800_000_000L - rows);
        try {
            Path file = Files.createTempFile("registry-import-", ".csv");
            file.toFile().deleteOnExit();
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                for (int i = 1; i <= rows; i++) {
                    String birthDate =
                            i % 1000 == 0
                                    ? "1990-02-30"
                                    : String.format(
                                            "%04d-%02d-%02d",
                                            1940 + random.nextInt(80),
                                            1 + random.nextInt(12),
                                            1 + random.nextInt(28));
                    long passport = passportBase + (i % 500 == 0 && i % 1000 != 0 ? i - 1 : i);
                    out.write(
                            Persons.uniqueFamilyName()
                                    + ","
                                    + GIVEN[random.nextInt(GIVEN.length)]
                                    + ","
                                    + nativeName(random)
                                    + ","
                                    + birthDate
                                    + ",MALE,US_CITIZEN,WANTS_TO_LEAVE,"
                                    + PROVINCES[random.nextInt(PROVINCES.length)]
                                    + ",District "
                                    + (i % 17)
                                    + ",fa-AF,+9370"
                                    + String.format("%07d", i)
                                    + ",US_PASSPORT,USA,"
                                    + passport
                                    + ",2030-06-30,"
                                    + (i % 50 == 0 ? "MEDICAL:dialysis" : "")
                                    + ",LIST-"
                                    + i
                                    + "\r\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
