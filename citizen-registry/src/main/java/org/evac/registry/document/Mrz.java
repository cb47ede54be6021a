package org.evac.registry.document;

import java.util.ArrayList;
import java.util.List;

/** ICAO 9303 TD3 (passport) machine readable zone: two lines of 44 characters with check digits. */
public final class Mrz {

    private static final int[] WEIGHTS = {7, 3, 1};

    private Mrz() {}

    /**
     * The problems found in the MRZ, checked against the document number it must carry; empty if
     * valid.
     */
    public static List<String> problems(String mrz, String documentNumber) {
        String text =
                mrz.replace("\r", "")
                        .replace("\n", "")
                        .replace(" ", "")
                        .toUpperCase(java.util.Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (text.length() != 88 || !text.matches("[A-Z0-9<]+")) {
            problems.add("must be two lines of 44 characters A-Z, 0-9 and <");
            return problems;
        }
        String line = text.substring(44);
        check(problems, "document number", line.substring(0, 9), line.charAt(9));
        check(problems, "date of birth", line.substring(13, 19), line.charAt(19));
        check(problems, "expiry date", line.substring(21, 27), line.charAt(27));
        String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        check(problems, "composite", composite, line.charAt(43));
        String mrzNumber = line.substring(0, 9).replace("<", "");
        if (!mrzNumber.equals(DocumentNumbers.key(documentNumber))) {
            problems.add("carries document number " + mrzNumber + ", not the number given");
        }
        return problems;
    }

    static int checkDigit(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static void check(List<String> problems, String field, String value, char digit) {
        if (!Character.isDigit(digit) || checkDigit(value) != digit - '0') {
            problems.add("check digit of the " + field + " is wrong");
        }
    }

    private static int value(char c) {
        if (c == '<') {
            return 0;
        }
        return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
    }
}
