package org.evac.registry.person;

/** Eligibility category; FAMILY_NOT_ELIGIBLE is kept so that a household is seen whole. */
public enum Category {
    US_CITIZEN,
    LAWFUL_PERMANENT_RESIDENT,
    IMMEDIATE_RELATIVE,
    FAMILY_NOT_ELIGIBLE
}
