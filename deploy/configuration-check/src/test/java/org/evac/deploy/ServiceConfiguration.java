package org.evac.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * What one service reads from its configuration, taken from its sources as they are: its {@code
 * application.properties}, the shared defaults, the properties its code (and the shared
 * infrastructure) injects, those of the Quarkus extensions it depends on that publish their config
 * model, the consumer groups and topics of its event consumers, and the topics its outbox writes. A
 * deployment's environment and Kafka ACLs are checked against this.
 */
final class ServiceConfiguration {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final List<String> SERVICES =
            List.of("citizen-registry", "departure-coordination", "flight-manifest");

    /** Properties of MicroProfile JWT that no evac file sets but every deployment must. */
    private static final Set<String> JWT =
            Set.of(
                    "mp.jwt.verify.publickey.location",
                    "mp.jwt.verify.issuer",
                    "mp.jwt.verify.audiences");

    private static final Pattern CONFIG_PROPERTY =
            Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING =
            Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern METHOD = Pattern.compile("\\b(\\w+)(?:<[^>]*>)?\\s+(\\w+)\\(\\);");
    private static final Pattern CONSUMER_NAME =
            Pattern.compile("(?:NAME\\s*=\\s*|String name\\(\\)\\s*\\{\\s*return\\s+)\"([^\"]+)\"");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");

    /** {@code topics()} of an event consumer: {@code Set.of(A, B.C)}. */
    private static final Pattern CONSUMER_TOPICS =
            Pattern.compile("Set<String> topics\\(\\)\\s*\\{\\s*return\\s+Set\\.of\\(([^)]*)\\)");

    /** The topic argument of {@code Outbox.record} and {@code OutboxBatch.add}. */
    private static final Pattern OUTBOX_WRITE =
            Pattern.compile(
                    "\\b(?:outbox|events|batch)\\.(?:record|add)\\(\\s*((?:\\w+\\.)?[A-Z][A-Z0-9_]*)\\s*,");

    /** Its SMS go through an SMPP gateway, its email through the Quarkus Mailer. */
    private static final String SMPP_CLIENT = "import org.jsmpp.";

    private static final String MAILER = "import io.quarkus.mailer.";
    private static final String CONFIG_MODEL =
            "META-INF/quarkus-config-doc/quarkus-config-model.json";

    private final String name;
    private final Properties properties = new Properties();
    private final Set<String> known = new TreeSet<>();
    private final List<Path> sources;

    ServiceConfiguration(String name) {
        this.name = name;
        load(ROOT.resolve(name).resolve("src/main/resources/application.properties"));
        Properties shared = new Properties();
        read(
                ROOT.resolve(
                        "service-infrastructure/src/main/resources/META-INF/microprofile-config.properties"),
                shared);
        shared.stringPropertyNames().forEach(key -> known.add(withoutProfile(key)));
        this.sources =
                Stream.of(name, "service-infrastructure")
                        .flatMap(module -> javaFiles(ROOT.resolve(module).resolve("src/main/java")))
                        .toList();
        sources.forEach(this::collectInjected);
        known.addAll(JWT);
        known.addAll(extensionProperties(dependencies(ROOT.resolve(name).resolve("pom.xml"))));
        Stream.of(
                        AdminClientConfig.configNames(),
                        ProducerConfig.configNames(),
                        ConsumerConfig.configNames())
                .flatMap(Set::stream)
                .forEach(kafka -> known.add("kafka." + kafka));
    }

    String name() {
        return name;
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    /**
     * Whether an environment variable sets a property this service reads (Quarkus maps a property
     * to a variable by upper-casing it and replacing what is not a letter or digit with {@code _}).
     */
    boolean reads(String environmentVariable) {
        return known.stream()
                .map(ServiceConfiguration::toEnvironment)
                .anyMatch(environmentVariable::equals);
    }

    /** Variables without which the service cannot run in a deployment (no production default). */
    Set<String> required() {
        Set<String> required =
                new TreeSet<>(
                        Set.of(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                "QUARKUS_DATASOURCE_USERNAME",
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "KAFKA_BOOTSTRAP_SERVERS",
                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                "MP_JWT_VERIFY_ISSUER",
                                "MP_JWT_VERIFY_AUDIENCES"));
        if (usesFingerprints()) {
            required.add("EVAC_IDENTITY_FINGERPRINT_SECRET");
        }
        if (sendsSms()) {
            // The defaults are a local simulator's (localhost, evac/evac).
            required.addAll(
                    Set.of(
                            "EVAC_MESSAGING_SMPP_HOST",
                            "EVAC_MESSAGING_SMPP_PORT",
                            "EVAC_MESSAGING_SMPP_SYSTEM_ID",
                            "EVAC_MESSAGING_SMPP_PASSWORD",
                            "EVAC_MESSAGING_SERVICE_NUMBER"));
        }
        if (sendsEmail()) {
            required.addAll(Set.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"));
        }
        return required;
    }

    /** Whether its code talks SMPP to an SMS gateway. */
    boolean sendsSms() {
        return ownSources().anyMatch(source -> source.contains(SMPP_CLIENT));
    }

    /** Whether its code sends email through the Quarkus Mailer. */
    boolean sendsEmail() {
        return ownSources().anyMatch(source -> source.contains(MAILER));
    }

    /**
     * The topics its event consumers read ({@code EventConsumer.topics()}, constants resolved
     * across its sources).
     */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        Map<String, Map<String, String>> constants = constants();
        for (Path file : javaFiles(ROOT.resolve(name).resolve("src/main/java")).toList()) {
            String source = text(file);
            if (!source.contains("implements EventConsumer")) {
                continue;
            }
            Matcher matcher = CONSUMER_TOPICS.matcher(source);
            if (!matcher.find()) {
                throw new IllegalStateException(file + ": topics() is not Set.of(...)");
            }
            for (String argument : matcher.group(1).split(",")) {
                topics.add(resolve(argument.trim(), file, constants));
            }
        }
        return topics;
    }

    /** The topics its outbox writes (the topic argument of every {@code record} or {@code add}). */
    Set<String> publishedTopics() {
        Set<String> topics = new TreeSet<>();
        Map<String, Map<String, String>> constants = constants();
        for (Path file : javaFiles(ROOT.resolve(name).resolve("src/main/java")).toList()) {
            Matcher matcher = OUTBOX_WRITE.matcher(text(file));
            while (matcher.find()) {
                String topic = resolve(matcher.group(1), file, constants);
                if (topic.startsWith("evac.")) {
                    topics.add(topic);
                }
            }
        }
        return topics;
    }

    /** Only services that compute or check identity fingerprints get the secret. */
    boolean usesFingerprints() {
        return javaFiles(ROOT.resolve(name).resolve("src/main/java"))
                .anyMatch(file -> text(file).contains("IdentityFingerprints"));
    }

    /** The consumer group of each of its event consumers ({@code EventConsumer.name()}). */
    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        javaFiles(ROOT.resolve(name).resolve("src/main/java"))
                .map(ServiceConfiguration::text)
                .filter(source -> source.contains("implements EventConsumer"))
                .forEach(
                        source -> {
                            Matcher matcher = CONSUMER_NAME.matcher(source);
                            if (matcher.find()) {
                                groups.add(matcher.group(1));
                            }
                        });
        return groups;
    }

    static String toEnvironment(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private void collectInjected(Path file) {
        String source = text(file);
        Matcher property = CONFIG_PROPERTY.matcher(source);
        while (property.find()) {
            known.add(property.group(1));
        }
        Matcher mapping = CONFIG_MAPPING.matcher(source);
        if (mapping.find()) {
            collectMapping(mapping.group(1), source, source);
        }
    }

    /**
     * A {@code @ConfigMapping}'s properties: its methods in kebab case, and the methods of nested
     * groups (a method returning an interface declared in the same file) under the method's name.
     */
    private void collectMapping(String prefix, String body, String file) {
        Matcher method = METHOD.matcher(body);
        int previous = 0;
        while (method.find()) {
            String type = method.group(1);
            // An @WithName between the previous member and this one names the property.
            Matcher renamed = WITH_NAME.matcher(body.substring(previous, method.start()));
            String member = renamed.find() ? renamed.group(1) : kebab(method.group(2));
            previous = method.end();
            String property = prefix + "." + member;
            Matcher group = Pattern.compile("interface " + type + "\\s*\\{").matcher(file);
            if (group.find()) {
                int end = file.indexOf("\n    }", group.end());
                collectMapping(property, file.substring(group.end(), end), file);
            } else {
                known.add(property);
            }
        }
    }

    /** {@code Class.CONSTANT} or a constant of the same file, as its string value. */
    private static String resolve(
            String expression, Path file, Map<String, Map<String, String>> constants) {
        String owner = file.getFileName().toString().replace(".java", "");
        String constant = expression;
        int dot = expression.lastIndexOf('.');
        if (dot >= 0) {
            owner = expression.substring(0, dot);
            owner = owner.substring(owner.lastIndexOf('.') + 1);
            constant = expression.substring(dot + 1);
        }
        String value = constants.getOrDefault(owner, Map.of()).get(constant);
        if (value == null) {
            throw new IllegalStateException(file + ": cannot resolve " + expression);
        }
        return value;
    }

    /** Every {@code static final String} literal constant of its sources, by class. */
    private Map<String, Map<String, String>> constants() {
        Map<String, Map<String, String>> constants = new HashMap<>();
        for (Path file : javaFiles(ROOT.resolve(name).resolve("src/main/java")).toList()) {
            Matcher matcher = STRING_CONSTANT.matcher(text(file));
            Map<String, String> values =
                    constants.computeIfAbsent(
                            file.getFileName().toString().replace(".java", ""),
                            key -> new HashMap<>());
            while (matcher.find()) {
                values.put(matcher.group(1), matcher.group(2));
            }
        }
        return constants;
    }

    private Stream<String> ownSources() {
        return javaFiles(ROOT.resolve(name).resolve("src/main/java"))
                .map(ServiceConfiguration::text);
    }

    /** The artifactIds of its compile and runtime dependencies (not test-scoped ones). */
    private static Set<String> dependencies(Path pom) {
        Set<String> artifacts = new TreeSet<>();
        Matcher dependency =
                Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                        .matcher(text(pom));
        while (dependency.find()) {
            String body = dependency.group(1);
            Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(body);
            if (artifact.find() && !body.contains("<scope>test</scope>")) {
                artifacts.add(artifact.group(1).trim());
            }
        }
        return artifacts;
    }

    /**
     * The properties of those extensions on this module's test classpath that publish a config
     * model, for the ones the service depends on (named configurations, {@code "name"}, left out).
     */
    private static Set<String> extensionProperties(Set<String> dependencies) {
        Set<String> properties = new TreeSet<>();
        try {
            for (URL model :
                    Collections.list(
                            ServiceConfiguration.class
                                    .getClassLoader()
                                    .getResources(CONFIG_MODEL))) {
                JsonNode tree;
                try (InputStream in = model.openStream()) {
                    tree = new ObjectMapper().readTree(in);
                }
                for (JsonNode root : tree.path("configRoots")) {
                    if (dependencies.contains(root.path("extension").path("artifactId").asText())) {
                        collectModel(root, properties);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void collectModel(JsonNode node, Set<String> properties) {
        String property = node.path("path").path("property").asText("");
        if (!property.isEmpty() && !property.contains("\"")) {
            properties.add(property);
        }
        node.path("items").forEach(item -> collectModel(item, properties));
    }

    private void load(Path file) {
        read(file, properties);
        properties.stringPropertyNames().forEach(key -> known.add(withoutProfile(key)));
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static void read(Path file, Properties into) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files
                    .filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toCollection(HashSet::new))
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
