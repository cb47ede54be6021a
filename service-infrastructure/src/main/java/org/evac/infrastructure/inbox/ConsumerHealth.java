package org.evac.infrastructure.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the event consumers: DOWN while any consumer is not running (its thread died and
 * waits to start again, or its loop stalled). A broker that is down does not make it DOWN: the
 * consumers keep polling and catch up when it returns.
 */
@Liveness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final ConsumerSupervisor supervisor;

    public ConsumerHealth(ConsumerSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").up();
        if (!supervisor.enabled()) {
            return response.withData("consumers", "disabled").build();
        }
        for (SupervisedConsumer consumer : supervisor.consumers()) {
            response.withData(consumer.name(), stateOf(consumer));
            if (!consumer.healthy()) {
                response.down();
                if (consumer.lastFailure() != null) {
                    response.withData(consumer.name() + ".last-failure", consumer.lastFailure());
                }
            }
            response.withData(consumer.name() + ".restarts", consumer.restarts());
        }
        return response.build();
    }

    private static String stateOf(SupervisedConsumer consumer) {
        if (consumer.healthy()) {
            return "RUNNING";
        }
        return consumer.state() == SupervisedConsumer.State.RUNNING
                ? "STALLED"
                : consumer.state().name();
    }
}
