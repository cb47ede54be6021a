package org.evac.registry.household;

public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    OTHER
}
