package org.evac.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
}
