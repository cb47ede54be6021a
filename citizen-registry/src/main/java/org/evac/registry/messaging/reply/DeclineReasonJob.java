package org.evac.registry.messaging.reply;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.evac.infrastructure.logging.Redacted;

/** Forwards declines whose reason did not come within the wait, one transaction each. */
@ApplicationScoped
public class DeclineReasonJob {

    private final Replies replies;
    private final Clock clock;

    public DeclineReasonJob(Replies replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    @Scheduled(
            every = "${evac.messaging.decline-reason-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forwardOverdue() {
        for (UUID offerId : Conversation.reasonOverdue(clock.instant())) {
            try {
                replies.forwardOverdueDecline(offerId);
            } catch (RuntimeException e) {
                Log.warnf(
                        "Decline of offer %s not forwarded yet: %s", offerId, Redacted.describe(e));
            }
        }
    }
}
