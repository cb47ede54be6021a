package org.evac.registry.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation and plausibility rules of document numbers. */
public final class DocumentNumbers {

    private static final Set<String> COUNTRIES =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** ICAO 9303 allows up to 9 alphanumerics; these issuers are stricter. */
    private static final Map<String, Pattern> PASSPORT_FORMATS =
            Map.of(
                    "USA", Pattern.compile("[A-Z0-9][0-9]{8}"),
                    "AFG", Pattern.compile("[A-Z]{1,2}[0-9]{7,8}"),
                    "GBR", Pattern.compile("[0-9]{9}|[A-Z]{2}[0-9]{7}"),
                    "DEU", Pattern.compile("[CFGHJKLMNPRTVWXYZ0-9]{9}"),
                    "PAK", Pattern.compile("[A-Z]{2}[0-9]{7}"),
                    "IRN", Pattern.compile("[A-Z][0-9]{8}"));

    private static final Pattern ICAO_PASSPORT = Pattern.compile("[A-Z0-9]{6,9}");
    private static final Pattern GREEN_CARD = Pattern.compile("[A-Z]{3}[0-9]{10}");
    private static final Pattern TAZKIRA = Pattern.compile("[0-9]{8,13}");
    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9/]{4,20}");

    private DocumentNumbers() {}

    /** Upper case without spaces or dashes; letter O and digit 0 are kept as written. */
    public static String key(String number) {
        return number.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }

    public static boolean isCountry(String alpha3) {
        return alpha3 != null && COUNTRIES.contains(alpha3);
    }

    /** Why the number is implausible for its type and issuer, or empty if it looks right. */
    public static Optional<String> formatProblem(DocumentType type, String country, String number) {
        String key = key(number);
        return switch (type) {
            case US_PASSPORT, AFGHAN_PASSPORT -> passport(type, country, key);
            case US_PERMANENT_RESIDENT_CARD ->
                    !"USA".equals(country)
                            ? Optional.of("a permanent resident card is issued by USA")
                            : matches(GREEN_CARD, key, "3 letters and 10 digits");
            case CONSULAR_REPORT_OF_BIRTH_ABROAD ->
                    !"USA".equals(country)
                            ? Optional.of("a consular report of birth abroad is issued by USA")
                            : matches(GENERIC, key, "4 to 20 letters or digits");
            case AFGHAN_TAZKIRA ->
                    !"AFG".equals(country)
                            ? Optional.of("a tazkira is issued by AFG")
                            : matches(TAZKIRA, key, "8 to 13 digits");
            case OTHER -> matches(GENERIC, key, "4 to 20 letters or digits");
        };
    }

    private static Optional<String> passport(DocumentType type, String country, String key) {
        String expected = type == DocumentType.US_PASSPORT ? "USA" : "AFG";
        if (!expected.equals(country)) {
            return Optional.of("a " + type + " is issued by " + expected);
        }
        Pattern format = PASSPORT_FORMATS.getOrDefault(country, ICAO_PASSPORT);
        return matches(
                format, key, "the passport format of " + country + " (" + format.pattern() + ")");
    }

    private static Optional<String> matches(Pattern pattern, String key, String expectation) {
        return pattern.matcher(key).matches()
                ? Optional.empty()
                : Optional.of("does not match " + expectation);
    }
}
