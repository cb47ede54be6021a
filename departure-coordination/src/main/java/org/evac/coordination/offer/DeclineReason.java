package org.evac.coordination.offer;

/**
 * Why an offer was turned down; in 2021 "will not leave without family" was often recorded as a
 * plain refusal.
 */
public enum DeclineReason {
    WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY,
    WANTS_LATER_DATE,
    OTHER
}
