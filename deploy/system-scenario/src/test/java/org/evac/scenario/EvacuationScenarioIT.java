package org.evac.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The system scenario: the packaged services as separate processes (two instances each of
 * departure-coordination and flight-manifest) against one PostgreSQL and one Kafka, the whole
 * evacuation through the public APIs, a fault after every stage, the same checks after each.
 */
class EvacuationScenarioIT {

    @Test
    void theEvacuationUnderFaultsLosesNobodyDoublesNothingAndLeavesNothingStale() throws Exception {
        try (ScenarioStack running =
                ScenarioStack.start(
                        options ->
                                options.withInstances("departure-coordination", 2)
                                        .withInstances("flight-manifest", 2),
                        Path.of("target/scenario-logs"))) {
            List<String> mismatches = new Evacuation(running.stack()).run();
            assertThat(mismatches).as("mismatches between the services and their users").isEmpty();
        }
    }
}
