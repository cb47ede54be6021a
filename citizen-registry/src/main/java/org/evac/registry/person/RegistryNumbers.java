package org.evac.registry.person;

/** Human-readable registry numbers: EVR- and seven digits, read out on the phone. */
public final class RegistryNumbers {

    private RegistryNumbers() {}

    public static String format(long sequence) {
        return String.format("EVR-%07d", sequence);
    }
}
