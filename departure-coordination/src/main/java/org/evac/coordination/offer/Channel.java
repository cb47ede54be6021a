package org.evac.coordination.offer;

/** How the offer reached the person. */
public enum Channel {
    PHONE,
    SMS,
    EMAIL,
    MESSENGER,
    IN_PERSON;

    /** Whether the registry writes on this channel; offers made by voice or in person were not. */
    public boolean written() {
        return this == SMS || this == EMAIL;
    }
}
