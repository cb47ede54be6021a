package org.evac.registry.person;

public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
