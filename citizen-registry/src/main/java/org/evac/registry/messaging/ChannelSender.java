package org.evac.registry.messaging;

/**
 * Sends messages on one channel; implement it as a bean to add a channel (the seam for WhatsApp and
 * others). The dispatcher calls {@link #send} from {@link #concurrency()} threads at once.
 */
public interface ChannelSender {

    MessageChannel channel();

    /** False while the gateway is unreachable: the dispatcher then claims nothing. */
    boolean ready();

    int concurrency();

    /** Sends one message. Never throws: every failure is a {@link SendResult}. */
    SendResult send(QueuedMessage message);
}
