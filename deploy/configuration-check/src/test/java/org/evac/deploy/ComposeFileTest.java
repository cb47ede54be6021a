package org.evac.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.deploy.RenderedOverlay.at;

import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/compose/compose.yaml} runs each service as its configuration expects: the same
 * checks as for Kubernetes, on the file as compose resolves it (anchors and merge keys). CI also
 * runs {@code docker compose config} on it.
 */
class ComposeFileTest {

    static List<String> services() {
        return ServiceConfiguration.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void publishesAndListensOnTheConfiguredPortWithEveryNeededVariableAndNoStrayOne(String service)
            throws Exception {
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        Map<String, Object> compose;
        try (Reader reader =
                Files.newBufferedReader(
                        ServiceConfiguration.ROOT.resolve("deploy/compose/compose.yaml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> definition = at(compose, "services", service);
        Map<String, Object> environment = at(definition, "environment");
        int port = configuration.httpPort();

        assertThat(String.valueOf(environment.get("QUARKUS_HTTP_PORT")))
                .isEqualTo(Integer.toString(port));
        assertThat((List<String>) at(definition, "ports")).containsExactly(port + ":" + port);
        assertThat(environment.keySet()).containsAll(configuration.required());
        assertThat(environment.keySet().stream().filter(variable -> !configuration.reads(variable)))
                .as("variables that name no property " + service + " reads")
                .isEmpty();
        if (!configuration.usesFingerprints()) {
            assertThat(environment).doesNotContainKey("EVAC_IDENTITY_FINGERPRINT_SECRET");
        }
        // Passwords and secrets are variables the operator sets (with a default at most), never
        // literals.
        environment.forEach(
                (variable, value) -> {
                    if (variable.matches(".*(PASSWORD|SECRET|SYSTEM_ID).*")) {
                        assertThat(String.valueOf(value)).as(variable).startsWith("${");
                    }
                });
    }
}
