package org.evac.registry.contact;

/**
 * How a person can be reached. PHONE and SMS numbers receive text messages; an SMS contact is a
 * number meant for texts only. As the channel of an attempt, SMS is a text message sent or received
 * by the messaging channel.
 */
public enum ContactKind {
    PHONE,
    SMS,
    EMAIL,
    WHATSAPP,
    SIGNAL,
    TELEGRAM
}
