package org.evac.infrastructure.idempotency;

/** What a key is scoped to: the caller (token subject) and the operation (method and path). */
record RequestKey(String caller, String operation, String key) {

    /** The name of the key's advisory lock. */
    String lockName() {
        return caller + '\n' + operation + '\n' + key;
    }
}
