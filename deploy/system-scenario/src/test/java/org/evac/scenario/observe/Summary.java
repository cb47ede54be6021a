package org.evac.scenario.observe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evac.client.manifest.model.FlightTotals;
import org.evac.scenario.observe.Consistency.Snapshot;
import org.evac.scenario.observe.Faults.Fault;

/** The table the scenario prints at the end, for the CI log. */
public final class Summary {

    private Summary() {}

    public static String render(
            Snapshot last,
            List<Fault> faults,
            KafkaWatch kafka,
            long retries,
            List<String> mismatches,
            Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("\n================ evacuation scenario summary (")
                .append(took.toSeconds())
                .append(" s) ================\n");
        out.append("\nPersons per state\n");
        row(out, "citizen-registry", "live persons", last.registryTotal());
        last.registryByStatus().forEach((state, n) -> row(out, "citizen-registry", state, n));
        last.journeyStates()
                .forEach((state, n) -> row(out, "departure-coordination", state.getValue(), n));
        var funnel = last.funnel();
        row(out, "dashboard funnel", "registered", funnel.getRegistered());
        row(out, "dashboard funnel", "offered", funnel.getOffered());
        row(out, "dashboard funnel", "accepted", funnel.getAccepted());
        row(out, "dashboard funnel", "boarded", funnel.getBoarded());
        row(out, "dashboard funnel", "arrived in Doha", funnel.getArrivedDoha());
        out.append(
                String.format(
                        "  %-24s %10s %8s %8s %8s %8s%n",
                        "flight-manifest",
                        "manifested",
                        "boarded",
                        "no-show",
                        "departed",
                        "arrived"));
        for (Map.Entry<String, FlightTotals> flight : last.flights().entrySet()) {
            FlightTotals t = flight.getValue();
            out.append(
                    String.format(
                            "  %-24s %10d %8d %8d %8d %8d%n",
                            flight.getKey(),
                            t.getManifested(),
                            t.getBoarded(),
                            t.getNoShow(),
                            t.getDeparted(),
                            t.getArrived()));
        }
        out.append("\nFaults\n");
        out.append(
                String.format(
                        "  %-40s %-34s %8s %10s %10s%n",
                        "fault", "during", "away s", "converge s", "mismatches"));
        for (Fault f : faults) {
            out.append(
                    String.format(
                            "  %-40s %-34s %8d %10d %10d%n",
                            f.name(),
                            f.during(),
                            f.outage().toSeconds(),
                            f.converged().toSeconds(),
                            f.mismatches()));
        }
        out.append("\nEvents per topic (records in the topic; committed by each consumer group)\n");
        kafka.produced(KafkaWatch.EVENT_TOPICS)
                .forEach(
                        (topic, n) ->
                                out.append(String.format("  %-45s produced %8d%n", topic, n)));
        for (KafkaWatch.GroupPosition p : kafka.positions()) {
            out.append(
                    String.format(
                            "  %-45s consumed %8d  (%s)%n", p.topic(), p.committed(), p.group()));
        }
        out.append("\nDead letters\n");
        Map<String, Long> letters =
                kafka.deadLetters().stream()
                        .collect(
                                Collectors.groupingBy(
                                        l -> l.topic() + " by " + l.consumer(),
                                        TreeMap::new,
                                        Collectors.counting()));
        if (letters.isEmpty()) {
            out.append("  none\n");
        }
        letters.forEach((where, n) -> out.append(String.format("  %-70s %5d%n", where, n)));
        out.append("\nMaximum consumer lag seen (sampled every second)\n");
        kafka.maxLag()
                .forEach((group, lag) -> out.append(String.format("  %-45s %8d%n", group, lag)));
        out.append("\nRequests sent again after an unreachable or failing instance: ")
                .append(retries)
                .append('\n');
        out.append("\nMismatches: ").append(mismatches.size()).append('\n');
        mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("==========================================================================\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String service, String state, long count) {
        out.append(String.format("  %-24s %-22s %8d%n", service, state, count));
    }
}
