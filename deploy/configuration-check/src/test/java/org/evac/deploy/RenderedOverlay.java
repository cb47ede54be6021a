package org.evac.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** One Kustomize overlay as {@code kubectl kustomize} renders it: the objects a cluster gets. */
final class RenderedOverlay {

    static final Path OVERLAYS = ServiceConfiguration.ROOT.resolve("deploy/kubernetes/overlays");

    private final String name;
    private final List<Map<String, Object>> objects;

    private RenderedOverlay(String name, List<Map<String, Object>> objects) {
        this.name = name;
        this.objects = objects;
    }

    static List<String> names() throws IOException {
        try (Stream<Path> overlays = Files.list(OVERLAYS)) {
            return overlays.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    static boolean kubectlInstalled() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Rendered once per overlay and test run: every check reads the same objects. */
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    static RenderedOverlay render(String overlay) throws IOException, InterruptedException {
        RenderedOverlay rendered = RENDERED.get(overlay);
        if (rendered == null) {
            rendered = renderNow(overlay);
            RENDERED.put(overlay, rendered);
        }
        return rendered;
    }

    @SuppressWarnings("unchecked")
    private static RenderedOverlay renderNow(String overlay)
            throws IOException, InterruptedException {
        Process kubectl =
                new ProcessBuilder("kubectl", "kustomize", OVERLAYS.resolve(overlay).toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + overlay + " failed");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(object -> objects.add((Map<String, Object>) object));
        return new RenderedOverlay(overlay, objects);
    }

    String name() {
        return name;
    }

    List<Map<String, Object>> all(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String objectName) {
        return all(kind).stream().filter(object -> objectName.equals(nameOf(object))).findFirst();
    }

    Map<String, Object> get(String kind, String objectName) {
        return find(kind, objectName)
                .orElseThrow(
                        () -> new AssertionError(name + " renders no " + kind + " " + objectName));
    }

    @SuppressWarnings("unchecked")
    static String nameOf(Map<String, Object> object) {
        return (String) ((Map<String, Object>) object.get("metadata")).get("name");
    }

    /** A value down a path of map keys and list indexes, e.g. {@code at(d, "spec", "replicas")}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current =
                    step instanceof Integer index
                            ? ((List<Object>) current).get(index)
                            : ((Map<String, Object>) current).get(step);
            if (current == null) {
                return null;
            }
        }
        return (T) current;
    }
}
