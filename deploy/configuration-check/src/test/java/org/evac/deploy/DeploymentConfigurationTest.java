package org.evac.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.deploy.RenderedOverlay.at;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered overlay runs the services as their configuration and code expect: the port they
 * listen on, their health probes, an environment that names only properties they read and sets
 * every one they need, and Kafka ACLs for exactly their consumer groups and topics. CI also
 * validates the same objects against their schemas ({@code deploy/kubernetes/check}).
 */
class DeploymentConfigurationTest {

    private static final Map<String, String> PROBES =
            Map.of(
                    "startupProbe", "/q/health/started",
                    "readinessProbe", "/q/health/ready",
                    "livenessProbe", "/q/health/live");

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
        List<Map<String, Object>> acls =
                at(rendered.get("KafkaUser", service), "spec", "authorization", "acls");
        Set<String> groups = resources(acls, "group", "Read");
        Set<String> reads = resources(acls, "topic", "Read");
        Set<String> writes = resources(acls, "topic", "Write");

        assertThat(groups).isEqualTo(new ServiceConfiguration(service).consumerGroups());
        Set<String> deadLetters = new TreeSet<>();
        reads.forEach(topic -> deadLetters.add(topic + ".dlq"));
        assertThat(writes).containsAll(deadLetters);
        assertThat(writes)
                .as("its own events topic besides the dead letters")
                .hasSize(deadLetters.size() + 1);
        Stream.concat(reads.stream(), writes.stream())
                .forEach(
                        topic ->
                                assertThat(rendered.find("KafkaTopic", topic))
                                        .as(topic)
                                        .isPresent());
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
