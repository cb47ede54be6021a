package org.evac.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
 * infrastructure) injects, and the consumer groups of its event consumers. A deployment's
 * environment is checked against this.
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
        return required;
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
        while (method.find()) {
            String type = method.group(1);
            String property = prefix + "." + kebab(method.group(2));
            Matcher group = Pattern.compile("interface " + type + "\\s*\\{").matcher(file);
            if (group.find()) {
                int end = file.indexOf("\n    }", group.end());
                collectMapping(property, file.substring(group.end(), end), file);
            } else {
                known.add(property);
            }
        }
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
