package org.evac.registry.person;

public enum DepartureWish {
    UNKNOWN,
    WANTS_TO_LEAVE,
    WILL_NOT_LEAVE_WITHOUT_FAMILY,
    DOES_NOT_WANT_TO_LEAVE,
    UNDECIDED
}
