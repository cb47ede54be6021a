package org.evac.coordination.allocation;

import java.util.Collection;
import java.util.Set;

/**
 * Who flies first: the most vulnerable, then US citizens' and LPRs' households; earlier acceptance
 * breaks ties.
 */
public enum Priority {
    MEDICAL_OR_UNACCOMPANIED_MINOR,
    ELDERLY_PREGNANCY_OR_MOBILITY,
    US_CITIZEN_HOUSEHOLD,
    LPR_HOUSEHOLD,
    OTHER;

    private static final Set<String> FIRST = Set.of("MEDICAL", "UNACCOMPANIED_MINOR");
    private static final Set<String> SECOND = Set.of("ELDERLY", "PREGNANCY", "MOBILITY");

    /**
     * The priority of a party from the vulnerabilities and categories of all its travelling
     * members.
     */
    public static Priority of(Collection<String> vulnerabilities, Collection<String> categories) {
        if (vulnerabilities.stream().anyMatch(FIRST::contains)) {
            return MEDICAL_OR_UNACCOMPANIED_MINOR;
        }
        if (vulnerabilities.stream().anyMatch(SECOND::contains)) {
            return ELDERLY_PREGNANCY_OR_MOBILITY;
        }
        if (categories.contains("US_CITIZEN")) {
            return US_CITIZEN_HOUSEHOLD;
        }
        if (categories.contains("LAWFUL_PERMANENT_RESIDENT")) {
            return LPR_HOUSEHOLD;
        }
        return OTHER;
    }
}
