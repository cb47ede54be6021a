package org.evac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void keepsDataInOneDirectoryUnderDeploy() {
        StackOptions options = StackOptions.parse(ROOT, new String[] {"--reset", "--seed"});

        assertThat(options.dataDirectory()).isEqualTo(Path.of("/repo/deploy/local-stack/data"));
        assertThat(options.reset()).isTrue();
        assertThat(options.seed()).isTrue();
        assertThat(options.infrastructureOnly()).isFalse();
        assertThat(options.isTokenCommand()).isFalse();
    }

    @Test
    void tokenCommandTakesTheRestOfTheArguments() {
        StackOptions options =
                StackOptions.parse(ROOT, new String[] {"token", "--user", "x", "--roles", "admin"});

        assertThat(options.isTokenCommand()).isTrue();
        assertThat(options.tokenArguments()).containsExactly("--user", "x", "--roles", "admin");
    }

    @Test
    void keycloakIsOffUnlessAsked() {
        assertThat(StackOptions.parse(ROOT, new String[] {}).keycloak()).isFalse();
        assertThat(StackOptions.parse(ROOT, new String[] {"--keycloak"}).keycloak()).isTrue();
    }

    @Test
    void refusesToSeedWithKeycloakBecauseTheSeedSignsWithTheDemoKey() {
        assertThatThrownBy(() -> StackOptions.parse(ROOT, new String[] {"--keycloak", "--seed"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed once without --keycloak");
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> StackOptions.parse(ROOT, new String[] {"--fast"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--fast");
    }

    @Test
    void runsSeveralInstancesOfAServiceOnPortsAHundredApart() {
        StackOptions options =
                StackOptions.parse(
                        ROOT,
                        new String[] {
                            "--instances",
                            "flight-manifest=2",
                            "--instances",
                            "departure-coordination=3"
                        });

        assertThat(options.instancesOf("flight-manifest")).isEqualTo(2);
        assertThat(options.instancesOf("departure-coordination")).isEqualTo(3);
        assertThat(options.instancesOf("citizen-registry")).isEqualTo(1);
        Ports ports = new Ports(false);
        assertThat(ports.service("flight-manifest", 1)).isEqualTo(8083);
        assertThat(ports.service("flight-manifest", 2)).isEqualTo(8183);
        assertThat(ports.service("departure-coordination", 3)).isEqualTo(8282);
    }

    @Test
    void freePortsDifferForEveryProcess() {
        Ports ports = new Ports(true);

        assertThat(
                        List.of(
                                ports.postgres(),
                                ports.kafka(),
                                ports.kafkaController(),
                                ports.service("flight-manifest", 1),
                                ports.service("flight-manifest", 2)))
                .doesNotHaveDuplicates()
                .doesNotContain(Ports.POSTGRES, Ports.KAFKA, 8083, 8183);
        assertThat(ports.service("flight-manifest", 2))
                .as("the same instance keeps its port")
                .isEqualTo(ports.service("flight-manifest", 2));
    }

    @Test
    void rejectsAnUnknownServiceOrAnInstanceCountOutOfRange() {
        assertThatThrownBy(() -> StackOptions.parse(ROOT, new String[] {"--instances", "kafka=2"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no service named kafka");
        assertThatThrownBy(
                        () ->
                                StackOptions.parse(
                                        ROOT, new String[] {"--instances", "flight-manifest=0"}))
                .hasMessageContaining("1 to 9");
        assertThatThrownBy(
                        () ->
                                StackOptions.parse(
                                        ROOT, new String[] {"--instances", "flight-manifest"}))
                .hasMessageContaining("1 to 9");
        assertThatThrownBy(() -> StackOptions.parse(ROOT, new String[] {"--instances"}))
                .hasMessageContaining("SERVICE=N");
    }
}
