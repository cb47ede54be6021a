package org.evac.registry.duplicate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evac.infrastructure.identity.NameFolding;

/**
 * What agreeing on a name is worth: a match on Mohammad is weak evidence, one on Stanekzai strong.
 * The weight of a name is {@code log2(0.9 / share)} (the agreement weight of Fellegi and Sunter: 90
 * % of true duplicates agree on the name, a random pair agrees with the probability of its share),
 * between 1 and {@link #MAX_WEIGHT}. Shares come from {@code duplicate/name-frequencies.tsv}; a
 * spelling not listed takes the share of the listed name it is a variant of (similarity 0.9 or
 * more), or counts as rare.
 */
final class NameFrequencies {

    static final double MAX_WEIGHT = 10.0;
    private static final double RARE_GIVEN = 100e-5;
    private static final double RARE_FAMILY = 30e-5;
    private static final double VARIANT = 0.9;

    private static final Map<String, Double> GIVEN = new HashMap<>();
    private static final Map<String, Double> FAMILY = new HashMap<>();
    private static final Map<String, Double> WEIGHTS = new ConcurrentHashMap<>();

    static {
        try (InputStream in =
                        NameFrequencies.class.getResourceAsStream(
                                "/duplicate/name-frequencies.tsv");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                double share = Double.parseDouble(fields[1]) / 100_000;
                ("F".equals(fields[2]) ? FAMILY : GIVEN)
                        .merge(NameFolding.spell(fields[0]), share, Math::max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NameFrequencies() {}

    /** The weight of agreeing on this spelling as a family name or as a given name. */
    static double weight(String spelling, boolean family) {
        return WEIGHTS.computeIfAbsent(
                (family ? "F:" : "G:") + spelling,
                k -> {
                    double share = share(spelling, family ? FAMILY : GIVEN);
                    double rare = family ? RARE_FAMILY : RARE_GIVEN;
                    double weight = log2(0.9 / (share > 0 ? share : rare));
                    return Math.max(1.0, Math.min(MAX_WEIGHT, weight));
                });
    }

    private static double share(String spelling, Map<String, Double> shares) {
        Double exact = shares.get(spelling);
        if (exact != null) {
            return exact;
        }
        double best = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (e.getValue() > best && NameSimilarity.of(spelling, e.getKey()) >= VARIANT) {
                best = e.getValue();
            }
        }
        return best;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
