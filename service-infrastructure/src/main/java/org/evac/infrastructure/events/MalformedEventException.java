package org.evac.infrastructure.events;

/**
 * A record that is not a readable CloudEvent: retrying cannot help, so it goes straight to the
 * dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
