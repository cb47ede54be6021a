package org.evac.registry.person;

public enum Verification {
    UNVERIFIED,
    VERIFIED,
    REJECTED
}
