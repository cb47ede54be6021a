package org.evac.manifest.readmodel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.infrastructure.inbox.ConsumerSupervisor;

/**
 * Rebuilds the registry and seat read models from the first offset of their topics: each consumer
 * empties its tables, forgets its inbox and rewinds, in one transaction on its own thread.
 * Manifests, boarding records and stored check results are owned state and are not touched.
 */
@ApplicationScoped
public class ReadModelReplay {

    public static final List<String> CONSUMERS =
            List.of(RegistryConsumer.NAME, CoordinationConsumer.NAME);

    private final ConsumerSupervisor supervisor;

    public ReadModelReplay(ConsumerSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    /** Completes once both consumers have been rewound; they then catch up on their own. */
    public CompletableFuture<Void> replay() {
        Log.info("Replaying the registry and seat read models from the first offset");
        return CompletableFuture.allOf(
                supervisor.replay(RegistryConsumer.NAME, RegistryConsumer::reset),
                supervisor.replay(CoordinationConsumer.NAME, CoordinationConsumer::reset));
    }

    public List<ConsumerLag> lag() {
        return CONSUMERS.stream().map(name -> new ConsumerLag(name, supervisor.lag(name))).toList();
    }

    @Schema(name = "ConsumerLag", description = "How many records a read-model consumer is behind")
    public record ConsumerLag(
            @Schema(enumeration = {RegistryConsumer.NAME, CoordinationConsumer.NAME})
                    String consumer,
            @Schema(description = "Records on the topic not yet consumed") long lag) {}
}
