import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies a service's OpenAPI document without the operations marked {@code x-evac-streaming: true},
 * so that the generated request/response clients leave them out: a generated client would block
 * forever on an event stream.
 *
 * <p>openapi-generator's {@code FILTER} normalizer rule only includes (it marks every operation it
 * does not name {@code x-internal}), so using it would mean listing every other operation by hand
 * and silently losing each new one. This program keys on the marker the service itself publishes.
 * It runs as a single-file Java program ({@code java -cp <jackson> WithoutStreamingOperations.java
 * in out}) before the generator, during {@code generate-sources}.
 */
public class WithoutStreamingOperations {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WithoutStreamingOperations IN.json OUT.json");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.exists(in)) {
            throw new IllegalStateException(
                    in
                            + " does not exist: it is written when the service is packaged; build"
                            + " in the reactor, e.g. ./mvnw -pl api-clients -am verify");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode document = json.readTree(in.toFile());
        List<String> removed = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            path.getValue()
                    .properties()
                    .removeIf(
                            operation -> {
                                boolean streaming =
                                        METHODS.contains(operation.getKey())
                                                && operation
                                                        .getValue()
                                                        .path("x-evac-streaming")
                                                        .asBoolean(false);
                                if (streaming) {
                                    removed.add(
                                            operation.getKey().toUpperCase(Locale.ROOT)
                                                    + " "
                                                    + path.getKey());
                                }
                                return streaming;
                            });
        }
        paths.properties()
                .removeIf(
                        path ->
                                path.getValue().properties().stream()
                                        .noneMatch(e -> METHODS.contains(e.getKey())));
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), document);
        System.out.println(
                "[openapi] " + out.getFileName() + ": left out of the client " + removed);
    }
}
