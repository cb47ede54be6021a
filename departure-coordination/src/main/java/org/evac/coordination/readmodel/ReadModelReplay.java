package org.evac.coordination.readmodel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.infrastructure.inbox.ConsumerSupervisor;

/**
 * Rebuilds the read models from the beginning of the registry and manifest topics: each read-model
 * consumer empties its tables, forgets its inbox and rewinds, in one transaction on its own thread.
 * Journeys, offers and allocations are owned state and are not touched.
 */
@ApplicationScoped
public class ReadModelReplay {

    public static final List<String> CONSUMERS =
            List.of(RegistryReadModelConsumer.NAME, ManifestReadModelConsumer.NAME);

    private final ConsumerSupervisor supervisor;
    private final RegistryReadModelConsumer registry;
    private final ManifestReadModelConsumer manifest;

    public ReadModelReplay(
            ConsumerSupervisor supervisor,
            RegistryReadModelConsumer registry,
            ManifestReadModelConsumer manifest) {
        this.supervisor = supervisor;
        this.registry = registry;
        this.manifest = manifest;
    }

    /** Completes once both consumers have been rewound; they then catch up on their own. */
    public CompletableFuture<Void> replay() {
        Log.info("Replaying the registry and manifest read models from the first offset");
        return CompletableFuture.allOf(
                supervisor.replay(RegistryReadModelConsumer.NAME, registry::reset),
                supervisor.replay(ManifestReadModelConsumer.NAME, manifest::reset));
    }

    public List<ConsumerLag> lag() {
        return CONSUMERS.stream().map(name -> new ConsumerLag(name, supervisor.lag(name))).toList();
    }

    @Schema(name = "ReadModelConsumerLag")
    public record ConsumerLag(String consumer, long lag) {}
}
