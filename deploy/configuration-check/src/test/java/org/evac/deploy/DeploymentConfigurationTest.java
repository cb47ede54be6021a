package org.evac.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.deploy.RenderedOverlay.at;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered overlay runs the services as their configuration and code expect: the port they
 * listen on, their health probes, an environment that names only properties they read and sets
 * every one they need, credentials only from Secrets that the overlay makes or deploy/README.md
 * tells the operator to make, egress to the SMS gateway and mail server on the configured ports,
 * and Kafka ACLs for exactly their consumer groups, the topics they consume and the topics they
 * publish. CI also validates the same objects against their schemas ({@code
 * deploy/kubernetes/check}).
 */
class DeploymentConfigurationTest {

    private static final Map<String, String> PROBES =
            Map.of(
                    "startupProbe", "/q/health/started",
                    "readinessProbe", "/q/health/ready",
                    "livenessProbe", "/q/health/live");

    /** Variables that carry credentials: they must come from a Secret, never a literal. */
    private static final Pattern CREDENTIAL =
            Pattern.compile(".*(PASSWORD|SECRET|JAAS_CONFIG|USERNAME|SYSTEM_ID).*");

    /** The ports a service sending SMS or email must reach, by the variable that sets each. */
    private static final List<String> MESSAGING_PORTS =
            List.of("EVAC_MESSAGING_SMPP_PORT", "QUARKUS_MAILER_PORT");

    @BeforeAll
    static void needsKubectl() {
        // CI installs kubectl (.ci/run); elsewhere the check runs where it is installed.
        assumeTrue(
                RenderedOverlay.kubectlInstalled() || System.getenv("CI") != null,
                "kubectl is not installed");
    }

    static Stream<Arguments> overlaysAndServices() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String overlay : RenderedOverlay.names()) {
            for (String service : ServiceConfiguration.SERVICES) {
                cases.add(Arguments.of(overlay, service));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void containerListensOnTheConfiguredPortAndIsProbedThere(String overlay, String service)
            throws Exception {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        Map<String, Object> container = container(rendered, service);

        assertThat((Integer) at(container, "ports", 0, "containerPort"))
                .isEqualTo(configuration.httpPort());
        assertThat((String) at(container, "ports", 0, "name")).isEqualTo("http");
        PROBES.forEach(
                (probe, path) -> {
                    assertThat((String) at(container, probe, "httpGet", "path"))
                            .as(probe)
                            .isEqualTo(path);
                    assertThat((Object) at(container, probe, "httpGet", "port"))
                            .as(probe)
                            .isEqualTo("http");
                });
        Map<String, Object> kubernetesService = rendered.get("Service", service);
        assertThat((String) at(kubernetesService, "spec", "ports", 0, "targetPort"))
                .isEqualTo("http");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void environmentSetsEveryPropertyTheServiceNeedsAndNoneItDoesNotRead(
            String overlay, String service) throws Exception {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        Set<String> environment = environment(rendered, container(rendered, service));

        assertThat(environment).containsAll(configuration.required());
        assertThat(
                        environment.stream()
                                // The image's run-java.sh reads JAVA_*; everything else is
                                // Quarkus's.
                                .filter(variable -> !variable.startsWith("JAVA_"))
                                .filter(variable -> !configuration.reads(variable)))
                .as("variables that name no property " + service + " reads")
                .isEmpty();
        if (!configuration.usesFingerprints()) {
            assertThat(environment).doesNotContain("EVAC_IDENTITY_FINGERPRINT_SECRET");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void kafkaUserMayReadInExactlyItsConsumerGroupsAndWriteItsTopicAndDeadLetters(
            String overlay, String service) throws Exception {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        List<Map<String, Object>> acls =
                at(rendered.get("KafkaUser", service), "spec", "authorization", "acls");
        Set<String> groups = resources(acls, "group", "Read");
        Set<String> reads = resources(acls, "topic", "Read");
        Set<String> writes = resources(acls, "topic", "Write");

        assertThat(groups).isEqualTo(configuration.consumerGroups());
        assertThat(reads)
                .as("the topics its event consumers read")
                .isEqualTo(configuration.consumedTopics());
        Set<String> expectedWrites = new TreeSet<>(configuration.publishedTopics());
        assertThat(expectedWrites).as("topics its outbox writes").isNotEmpty();
        reads.forEach(topic -> expectedWrites.add(topic + ".dlq"));
        assertThat(writes)
                .as("the topics its outbox writes and the dead letters of what it reads")
                .isEqualTo(expectedWrites);
        Stream.concat(reads.stream(), writes.stream())
                .forEach(
                        topic ->
                                assertThat(rendered.find("KafkaTopic", topic))
                                        .as(topic)
                                        .isPresent());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void credentialsComeFromSecretsTheOverlayMakesOrTheReadmeAsksFor(String overlay, String service)
            throws Exception {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        Map<String, Object> container = container(rendered, service);
        List<Map<String, Object>> env = at(container, "env");
        for (Map<String, Object> variable : env) {
            String name = (String) variable.get("name");
            if (CREDENTIAL.matcher(name).matches()) {
                assertThat((String) at(variable, "valueFrom", "secretKeyRef", "name"))
                        .as(service + " " + name + " from a Secret")
                        .isNotNull();
            }
        }
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        for (Map<String, Object> source : envFrom) {
            String configMap = at(source, "configMapRef", "name");
            Map<String, Object> data = at(rendered.get("ConfigMap", configMap), "data");
            assertThat(data.keySet().stream().filter(key -> CREDENTIAL.matcher(key).matches()))
                    .as("credentials in ConfigMap " + configMap)
                    .isEmpty();
        }

        Set<String> referenced = new TreeSet<>();
        env.stream()
                .map(variable -> (String) at(variable, "valueFrom", "secretKeyRef", "name"))
                .filter(name -> name != null)
                .forEach(referenced::add);
        List<Map<String, Object>> volumes =
                at(rendered.get("Deployment", service), "spec", "template", "spec", "volumes");
        volumes.stream()
                .map(volume -> (String) at(volume, "secret", "secretName"))
                .filter(name -> name != null)
                .forEach(referenced::add);
        referenced.removeAll(strimziSecrets(rendered));
        referenced.removeIf(secret -> rendered.find("Secret", secret).isPresent());
        if (overlay.equals("dev")) {
            assertThat(referenced).as("Secrets dev references but does not generate").isEmpty();
        } else {
            assertThat(secretsTheReadmeAsksFor())
                    .as("deploy/README.md, \"Secrets the production overlay expects\"")
                    .containsAll(referenced);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void mayReachTheSmsGatewayAndMailServerOnTheirConfiguredPorts(String overlay, String service)
            throws Exception {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        assumeTrue(configuration.sendsSms() || configuration.sendsEmail(), "sends no messages");
        Map<String, Object> container = container(rendered, service);
        Map<String, Object> labels =
                at(rendered.get("Deployment", service), "spec", "template", "metadata", "labels");

        for (String portVariable : MESSAGING_PORTS) {
            String port =
                    value(rendered, container, portVariable)
                            .orElseThrow(() -> new AssertionError(portVariable + " is not set"));
            assertThat(egressPorts(rendered, labels))
                    .as(service + " egress to " + portVariable + " " + port)
                    .contains(port);
        }
    }

    /** The TCP ports some Egress NetworkPolicy selecting pods of these labels allows. */
    @SuppressWarnings("unchecked")
    private static Set<String> egressPorts(RenderedOverlay rendered, Map<String, Object> labels) {
        Set<String> ports = new TreeSet<>();
        for (Map<String, Object> policy : rendered.all("NetworkPolicy")) {
            Map<String, Object> selector = at(policy, "spec", "podSelector", "matchLabels");
            List<String> types = at(policy, "spec", "policyTypes");
            List<Map<String, Object>> egress = at(policy, "spec", "egress");
            if (selector == null
                    || !labels.entrySet().containsAll(selector.entrySet())
                    || !types.contains("Egress")
                    || egress == null) {
                continue;
            }
            for (Map<String, Object> rule : egress) {
                List<Map<String, Object>> rulePorts = (List<Map<String, Object>>) rule.get("ports");
                if (rulePorts != null) {
                    rulePorts.stream()
                            .filter(port -> "TCP".equals(port.getOrDefault("protocol", "TCP")))
                            .forEach(port -> ports.add(String.valueOf(port.get("port"))));
                }
            }
        }
        return ports;
    }

    /** A variable's literal value: its own, or from a ConfigMap the container takes whole. */
    private static Optional<String> value(
            RenderedOverlay rendered, Map<String, Object> container, String variable) {
        List<Map<String, Object>> env = at(container, "env");
        for (Map<String, Object> entry : env) {
            if (variable.equals(entry.get("name")) && entry.get("value") != null) {
                return Optional.of(String.valueOf(entry.get("value")));
            }
        }
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        for (Map<String, Object> source : envFrom) {
            String configMap = at(source, "configMapRef", "name");
            Object value = at(rendered.get("ConfigMap", configMap), "data", variable);
            if (value != null) {
                return Optional.of(String.valueOf(value));
            }
        }
        return Optional.empty();
    }

    /** Strimzi makes one Secret per KafkaUser and the cluster CA's certificate. */
    private static Set<String> strimziSecrets(RenderedOverlay rendered) {
        Set<String> secrets = new TreeSet<>();
        rendered.all("KafkaUser").forEach(user -> secrets.add(RenderedOverlay.nameOf(user)));
        rendered.all("Kafka")
                .forEach(kafka -> secrets.add(RenderedOverlay.nameOf(kafka) + "-cluster-ca-cert"));
        return secrets;
    }

    /** The Secret names in deploy/README.md's paragraph of the Secrets production expects. */
    private static Set<String> secretsTheReadmeAsksFor() throws Exception {
        String readme = Files.readString(ServiceConfiguration.ROOT.resolve("deploy/README.md"));
        int start = readme.indexOf("Secrets the production overlay expects");
        assertThat(start).as("deploy/README.md lists the Secrets production expects").isPositive();
        String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("`(evac-[a-z0-9-]+)`").matcher(paragraph);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> resources(
            List<Map<String, Object>> acls, String type, String operation) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> acl : acls) {
            if (type.equals(at(acl, "resource", "type"))
                    && ((List<String>) acl.get("operations")).contains(operation)) {
                names.add(at(acl, "resource", "name"));
            }
        }
        return names;
    }

    private static Map<String, Object> container(RenderedOverlay rendered, String service) {
        Map<String, Object> deployment = rendered.get("Deployment", service);
        return at(deployment, "spec", "template", "spec", "containers", 0);
    }

    /** The container's variables: its own and those of the ConfigMaps it takes whole. */
    private static Set<String> environment(
            RenderedOverlay rendered, Map<String, Object> container) {
        Set<String> names = new TreeSet<>();
        List<Map<String, Object>> env = at(container, "env");
        env.forEach(variable -> names.add((String) variable.get("name")));
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        for (Map<String, Object> source : envFrom) {
            String configMap = at(source, "configMapRef", "name");
            Map<String, Object> data = at(rendered.get("ConfigMap", configMap), "data");
            names.addAll(data.keySet());
        }
        return names;
    }
}
