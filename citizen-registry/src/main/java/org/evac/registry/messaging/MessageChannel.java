package org.evac.registry.messaging;

import org.evac.registry.contact.ContactKind;

/**
 * A channel the registry sends messages on. Another channel (WhatsApp, Signal) is added as a value
 * here and a {@link ChannelSender} bean; nothing else changes.
 */
public enum MessageChannel {
    SMS(ContactKind.SMS),
    EMAIL(ContactKind.EMAIL);

    private final ContactKind attemptChannel;

    MessageChannel(ContactKind attemptChannel) {
        this.attemptChannel = attemptChannel;
    }

    /** The channel its contact attempts are recorded under. */
    public ContactKind attemptChannel() {
        return attemptChannel;
    }

    /** Whether a contact of this kind can receive messages on this channel. */
    public boolean reaches(ContactKind kind) {
        return switch (this) {
            case SMS -> kind == ContactKind.PHONE || kind == ContactKind.SMS;
            case EMAIL -> kind == ContactKind.EMAIL;
        };
    }
}
