package org.evac.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The service's packages form no cycles: the package dependencies of the compiled main classes, as
 * {@code jdeps -verbose:package} reads them from the bytecode, are checked for strongly connected
 * components (Tarjan). The same check by hand: {@code jdeps -verbose:package -filter:none -e
 * 'org\.evac\.manifest\..*' flight-manifest/target/classes}.
 */
class PackageDependenciesTest {

    private static final String BASE = "org.evac.manifest";
    private static final java.util.regex.Pattern EDGE =
            java.util.regex.Pattern.compile("^\\s*(" + BASE + "\\S*)\\s+->\\s+(" + BASE + "\\S*)");

    @Test
    void packagesHaveNoCycles() throws Exception {
        Map<String, Set<String>> graph = dependencies();

        assertThat(graph.keySet())
                .as("packages read by jdeps")
                .contains(
                        BASE + ".submission",
                        BASE + ".revision",
                        BASE + ".csv",
                        BASE + ".paxlst",
                        BASE + ".checks",
                        BASE + ".flight",
                        BASE + ".boarding");
        assertThat(cycles(graph)).as("package cycles").isEmpty();
    }

    @Test
    void theSubmissionPackageDependsOnNoOtherPackageOfTheService() throws Exception {
        assertThat(dependencies().get(BASE + ".submission")).isEmpty();
    }

    private static Map<String, Set<String>> dependencies() throws Exception {
        Path classes =
                Path.of(
                        org.evac.manifest.flight.FlightService.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status =
                jdeps.run(
                        new PrintWriter(out),
                        new PrintWriter(out),
                        "-verbose:package",
                        "-filter:none",
                        "-e",
                        BASE.replace(".", "\\.") + "\\..*",
                        classes.toString());
        assertThat(status).as("jdeps: %s", out).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                Set<String> targets = graph.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
                graph.computeIfAbsent(edge.group(2), p -> new TreeSet<>());
                if (!edge.group(1).equals(edge.group(2))) {
                    targets.add(edge.group(2));
                }
            }
        }
        return graph;
    }

    /** Strongly connected components of more than one package (Tarjan's algorithm). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node)) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
