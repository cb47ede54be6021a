package org.evac.testing.hostile;

import java.util.Map;
import java.util.Set;

/**
 * One bad request: its class (for the report), the request, and the statuses that are a correct
 * answer. Every answer must in any case be a 4xx problem without internals.
 */
record HostileCase(
        String caseClass,
        String method,
        String pathAndQuery,
        Map<String, String> headers,
        byte[] body,
        Set<Integer> expected) {

    static final Set<Integer> ANY_4XX = Set.of();

    boolean accepts(int status) {
        return expected.isEmpty() ? status >= 400 && status < 500 : expected.contains(status);
    }
}
