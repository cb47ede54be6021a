package org.evac.registry.person;

public enum RegistryStatus {
    ACTIVE,
    DEPARTED,
    INACTIVE
}
