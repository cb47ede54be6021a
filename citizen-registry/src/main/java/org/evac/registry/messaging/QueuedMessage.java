package org.evac.registry.messaging;

import java.time.Instant;
import java.util.UUID;

/** A message claimed from the send queue, with what a sender needs. */
public record QueuedMessage(
        UUID id,
        MessageChannel channel,
        String address,
        String subject,
        String text,
        String html,
        Instant notAfter,
        int attempts) {}
