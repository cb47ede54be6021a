package org.evac.benchmark.report;

import java.util.List;

/**
 * The one table the suite prints, in Markdown so that it can go into the README as it is: figure,
 * target, the baseline measured in the same run and their ratio, followed by how each figure and
 * its baseline were measured.
 */
public final class ResultTable {

    private ResultTable() {}

    public static String markdown(List<Figure> figures) {
        StringBuilder table = new StringBuilder();
        table.append("| # | Figure | Measured | Target | Met | Baseline (same run) | Ratio |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            table.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(figure.measurement())
                    .append(": ")
                    .append(figure.name())
                    .append(" | ")
                    .append(
                            figure.measured()
                                    ? Numbers.withUnit(figure.value(), figure.unit())
                                    : "not measured")
                    .append(" | ")
                    .append(
                            figure.target().exists()
                                    ? figure.target().comparison()
                                            + " "
                                            + Numbers.withUnit(
                                                    figure.target().value(), figure.unit())
                                    : "–")
                    .append(" | ")
                    .append(
                            !figure.target().exists()
                                    ? "–"
                                    : figure.target().metBy(figure.value()) ? "yes" : "**no**")
                    .append(" | ")
                    .append(
                            Double.isNaN(figure.baseline())
                                    ? "–"
                                    : Numbers.withUnit(figure.baseline(), figure.unit())
                                            + " ("
                                            + figure.baselineName()
                                            + ")")
                    .append(" | ")
                    .append(Numbers.ratio(figure.ratio()))
                    .append(" |\n");
        }
        table.append("\nHow each figure was measured (ratio = measured / baseline):\n\n");
        for (int i = 0; i < figures.size(); i++) {
            table.append(i + 1).append(". ").append(figures.get(i).how()).append('\n');
        }
        return table.toString();
    }
}
