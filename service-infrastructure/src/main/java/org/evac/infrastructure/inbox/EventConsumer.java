package org.evac.infrastructure.inbox;

import java.util.List;
import java.util.Set;
import org.evac.infrastructure.events.IncomingEvent;

/**
 * A service's handler for events of other services. Implement it as an {@code @ApplicationScoped}
 * bean; the {@link ConsumerSupervisor} gives each one its own consumer thread, group and inbox.
 */
public interface EventConsumer {

    /**
     * Consumer group id and inbox name; keep it stable, or the topics are read again from the
     * start.
     */
    String name();

    Set<String> topics();

    /** Events of other types are skipped without a transaction. */
    boolean accepts(String eventType);

    /**
     * Applies the event. Runs inside a transaction that also records the event id in the inbox, so
     * a redelivered event never has a second effect; throwing rolls both back and the event is
     * retried, then dead-lettered.
     */
    void handle(IncomingEvent event);

    /**
     * Applies events read in one poll, in their order, inside one transaction with their inbox
     * entries. If it throws, the transaction rolls back and every event is applied again on its own
     * through {@link #handle}, so a poison event is isolated and dead-lettered alone. Override it
     * to write a batch with fewer statements; the effect must equal handling each event in turn.
     */
    default void handleAll(List<IncomingEvent> events) {
        for (IncomingEvent event : events) {
            handle(event);
        }
    }
}
