package org.evac.manifest.checks;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checks found: the first seven concern one passenger line, the last three the whole
 * flight.
 */
public enum CheckResult {
    CLEARED,
    NOT_ALLOCATED,
    UNREGISTERED,
    NAME_MISMATCH,
    DOB_MISMATCH,
    DUPLICATE,
    DOCUMENT_EXPIRED,
    OVER_CAPACITY,
    LATE_MANIFEST,
    MISSING_ALLOCATED;

    public static String join(Set<CheckResult> results) {
        return results.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static Set<CheckResult> split(String joined) {
        Set<CheckResult> results = EnumSet.noneOf(CheckResult.class);
        if (joined != null && !joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(CheckResult::valueOf).forEach(results::add);
        }
        return results;
    }
}
