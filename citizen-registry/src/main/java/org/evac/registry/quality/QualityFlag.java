package org.evac.registry.quality;

/**
 * Soft data-quality issues: the record is accepted, flagged, listed and counted until someone fixes
 * it.
 */
public enum QualityFlag {
    /** Born 1 January with no evidence: the usual placeholder when the real date is unknown. */
    PLACEHOLDER_BIRTH_DATE,
    MISSING_BIRTH_DATE,
    EXPIRED_DOCUMENT,
    NO_DOCUMENT,
    NO_CONTACT_CHANNEL,
    NO_PROVINCE,
    /**
     * A child registered as IMMEDIATE_RELATIVE without a link to the parent who makes them
     * eligible.
     */
    MINOR_WITHOUT_PARENT_LINK,
    /** A child of 21 or more is no longer an immediate relative. */
    CHILD_OVER_21,
    /** Will not leave without family, but no household records who that family is. */
    FAMILY_NOT_LINKED
}
