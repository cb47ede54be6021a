package org.evac.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real PostgreSQL and Kafka servers, started once per test JVM.
 * Use it through a class in the service's tests annotated {@code @QuarkusTestResource(value =
 * RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "<service
 * database>"))}.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "evac";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(RealInfrastructure.configFor(database));
        config.put("evac.identity.fingerprint-secret", "test-only-fingerprint-secret-2021");
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: every test class of the module shares them.
    }
}
