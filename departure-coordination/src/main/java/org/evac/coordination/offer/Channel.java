package org.evac.coordination.offer;

/** How the offer reached the person. */
public enum Channel {
    PHONE,
    SMS,
    EMAIL,
    MESSENGER,
    IN_PERSON
}
