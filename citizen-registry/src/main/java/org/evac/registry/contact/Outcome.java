package org.evac.registry.contact;

public enum Outcome {
    REACHED,
    NO_ANSWER,
    WRONG_NUMBER,
    MESSAGE_LEFT,
    REFUSED
}
