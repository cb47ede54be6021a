package org.evac.registry.messaging;

import java.util.List;

/** What became of one try to send a message. */
public sealed interface SendResult {

    /**
     * The gateway took it.
     *
     * @param gatewayIds the gateway's id of each part (an SMS segment), which its receipts name
     * @param awaitsReceipts whether delivery receipts will follow (SMS) or not (email)
     */
    record Accepted(List<String> gatewayIds, boolean awaitsReceipts) implements SendResult {}

    /** Not sent now (gateway down, throttled, timed out); tried again after a backoff. */
    record RetryLater(String reason) implements SendResult {}

    /** The gateway refused it for good (no such number, text too long). */
    record Refused(String reason) implements SendResult {}
}
