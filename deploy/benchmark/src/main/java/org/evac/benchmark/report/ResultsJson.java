package org.evac.benchmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results as JSON: every figure with its target, baseline and ratio, and the details. */
public final class ResultsJson {

    private ResultsJson() {}

    public static void write(Path file, Map<String, Object> run, Results results) {
        Map<String, Object> json = new LinkedHashMap<>(run);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure figure : results.figures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("measurement", figure.measurement());
            entry.put("figure", figure.name());
            entry.put("unit", figure.unit());
            entry.put("value", number(figure.value()));
            if (figure.target().exists()) {
                entry.put(
                        "target",
                        Map.of(
                                "comparison",
                                figure.target().comparison(),
                                "value",
                                figure.target().value()));
                entry.put("met", figure.target().metBy(figure.value()));
            }
            entry.put("baseline", number(figure.baseline()));
            entry.put("baselineName", figure.baselineName());
            entry.put("ratio", number(figure.ratio()));
            entry.put("how", figure.how());
            figures.add(entry);
        }
        json.put("figures", figures);
        json.put("details", results.details());
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static Object number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
