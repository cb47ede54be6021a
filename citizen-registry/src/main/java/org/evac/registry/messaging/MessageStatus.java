package org.evac.registry.messaging;

/**
 * QUEUED → SUBMITTING (claimed by a dispatcher) → SUBMITTED (the gateway took it) → DELIVERED,
 * FAILED or EXPIRED (from the delivery receipts). An email stays SUBMITTED: SMTP reports no
 * delivery. SKIPPED: never sent (no usable address, opted out, or too late to be useful).
 */
public enum MessageStatus {
    QUEUED,
    SUBMITTING,
    SUBMITTED,
    DELIVERED,
    FAILED,
    EXPIRED,
    SKIPPED
}
