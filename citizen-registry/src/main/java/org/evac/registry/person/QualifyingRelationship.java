package org.evac.registry.person;

/**
 * How an IMMEDIATE_RELATIVE relates to the citizen or permanent resident who makes them eligible.
 */
public enum QualifyingRelationship {
    SPOUSE,
    PARENT
}
