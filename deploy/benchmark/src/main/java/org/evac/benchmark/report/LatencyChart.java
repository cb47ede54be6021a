package org.evac.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Registration latency (p50, p99) and achieved throughput against offered load, drawn by XChart.
 */
public final class LatencyChart {

    /** One load step: offered and achieved requests per second, p50 and p99 in ms. */
    public record Point(double offered, double achieved, double p50, double p99) {}

    private LatencyChart() {}

    /** Writes {@code <name>.svg} and {@code <name>.png} into {@code directory}. */
    public static void write(Path directory, String name, List<Point> points, double targetMillis) {
        XYChart chart =
                new XYChartBuilder()
                        .width(900)
                        .height(560)
                        .title(
                                "POST /api/v1/persons: latency against offered load"
                                        + " (labels: achieved requests/s)")
                        .xAxisTitle("offered load (requests/s, open loop)")
                        .yAxisTitle("latency (ms, log scale)")
                        .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<Double> offered = points.stream().map(Point::offered).toList();
        XYSeries p50 =
                chart.addSeries(
                        "p50", offered, points.stream().map(p -> Math.max(0.1, p.p50())).toList());
        p50.setMarker(SeriesMarkers.CIRCLE);
        XYSeries p99 =
                chart.addSeries(
                        "p99", offered, points.stream().map(p -> Math.max(0.1, p.p99())).toList());
        p99.setMarker(SeriesMarkers.DIAMOND);
        XYSeries target =
                chart.addSeries(
                        "p99 target (" + Numbers.format(targetMillis) + " ms)",
                        List.of(offered.get(0), offered.get(offered.size() - 1)),
                        List.of(targetMillis, targetMillis));
        target.setMarker(SeriesMarkers.NONE);
        // What the server achieved at each step, next to its p99.
        for (Point point : points) {
            chart.addAnnotation(
                    new AnnotationText(
                            Numbers.format(point.achieved()) + "/s",
                            point.offered(),
                            Math.max(0.1, point.p99()) * 1.35,
                            false));
        }
        try {
            VectorGraphicsEncoder.saveVectorGraphic(
                    chart,
                    directory.resolve(name).toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            BitmapEncoder.saveBitmap(
                    chart, directory.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the chart", e);
        }
    }
}
