package org.evac.registry.contact;

/**
 * What an attempt to reach a person came to. The messaging channel records SENT (the SMS gateway or
 * mail server took the message), DELIVERED (the handset confirmed it), NOT_DELIVERED (failed,
 * expired or refused), REACHED for a reply and OPTED_OUT for a STOP. A delivered message does not
 * mean the person read it: only REACHED and OPTED_OUT, answers of the person, count as reached.
 */
public enum Outcome {
    REACHED,
    NO_ANSWER,
    WRONG_NUMBER,
    MESSAGE_LEFT,
    REFUSED,
    SENT,
    DELIVERED,
    NOT_DELIVERED,
    OPTED_OUT;

    public boolean reached() {
        return this == REACHED || this == OPTED_OUT;
    }
}
