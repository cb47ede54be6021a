package org.evac.manifest.readmodel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.infrastructure.inbox.ConsumerSupervisor;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

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

    /**
     * Starts the replay and waits up to 30 seconds for both consumers to rewind; answers the lag
     * they then have to consume, or 503 if they did not rewind in time.
     */
    public List<ConsumerLag> rewind() {
        try {
            replay().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProblemException(
                    Problem.of(
                            503,
                            "replay-not-started",
                            "Replay not started",
                            "The read-model consumers did not rewind in time"));
        }
        return lag();
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
