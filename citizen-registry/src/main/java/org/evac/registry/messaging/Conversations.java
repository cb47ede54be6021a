package org.evac.registry.messaging;

import java.util.Optional;
import java.util.UUID;

/**
 * What sending needs from the replies that come back, implemented by {@code messaging.reply}: the
 * conversation an offer opens and an expiry closes, and where a reply came from. An interface here
 * so that sending does not depend on the package that depends on it.
 */
public interface Conversations {

    /** Opens the conversation of an offer made, closes it when the offer expired. */
    void requested(MessageKind kind, MessageRequested request);

    /** The person who sent a reply and the address it came from, if the reply is known. */
    Optional<Sender> senderOf(UUID inboundId);

    record Sender(UUID personId, Recipients.Address address) {}
}
