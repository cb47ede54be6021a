package org.evac.infrastructure.outbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether events leave the service: DOWN while the relay's passes fail (Kafka unreachable), at
 * {@code /q/health/group/events}.
 *
 * <p>Deliberately not a readiness check. With Kafka down the service still answers and commits
 * (events wait in the outbox and leave when Kafka is back), so taking it out of service would turn
 * a broker outage into an outage of the whole API. Readiness is the database, which the service
 * cannot answer without.
 */
@HealthGroup("events")
@ApplicationScoped
public class RelayHealth implements HealthCheck {

    private final OutboxRelay relay;

    public RelayHealth(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return relay.failingSince()
                .map(
                        since ->
                                HealthCheckResponse.named("outbox-relay")
                                        .down()
                                        .withData("failing-since", since.toString())
                                        .build())
                .orElseGet(() -> HealthCheckResponse.up("outbox-relay"));
    }
}
