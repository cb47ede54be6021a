package org.evac.benchmark.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured: the figures, and the detail behind them for the JSON file. */
public final class Results {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    public synchronized void add(Figure figure) {
        figures.add(figure);
        System.out.println(
                "  "
                        + figure.measurement()
                        + ": "
                        + figure.name()
                        + ": "
                        + (figure.measured()
                                ? Numbers.withUnit(figure.value(), figure.unit())
                                        + (Double.isNaN(figure.baseline())
                                                ? ""
                                                : " (baseline "
                                                        + Numbers.withUnit(
                                                                figure.baseline(), figure.unit())
                                                        + ")")
                                : figure.how()));
    }

    /** Detail kept in the JSON results under {@code key} (load steps, imports, CPU per phase …). */
    public synchronized void detail(String key, Object value) {
        details.put(key, value);
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    public synchronized Map<String, Object> details() {
        return new LinkedHashMap<>(details);
    }

    public synchronized boolean anyFailed() {
        return figures.stream().anyMatch(figure -> !figure.measured());
    }
}
