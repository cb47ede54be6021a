package org.evac.registry.events;

import java.util.List;

/** Every CloudEvents type this service publishes, all on {@link #TOPIC}. */
public final class EventTypes {

    public static final String TOPIC = "evac.registry.events";
    private static final String PREFIX = "org.evac.registry.";
    public static final String PERSON_REGISTERED = PREFIX + "person.registered.v1";
    public static final String PERSON_UPDATED = PREFIX + "person.updated.v1";
    public static final String PERSON_VERIFIED = PREFIX + "person.verified.v1";
    public static final String PERSON_REJECTED = PREFIX + "person.rejected.v1";
    public static final String PERSON_DEPARTED = PREFIX + "person.departed.v1";
    public static final String PERSONS_MERGED = PREFIX + "persons.merged.v1";
    public static final String HOUSEHOLD_CHANGED = PREFIX + "household.changed.v1";
    public static final String CONTACT_ATTEMPT_RECORDED = PREFIX + "contact-attempt.recorded.v1";
    public static final String REPLY_RECEIVED = PREFIX + "reply.received.v1";

    public static final List<String> ALL =
            List.of(
                    PERSON_REGISTERED,
                    PERSON_UPDATED,
                    PERSON_VERIFIED,
                    PERSON_REJECTED,
                    PERSON_DEPARTED,
                    PERSONS_MERGED,
                    HOUSEHOLD_CHANGED,
                    CONTACT_ATTEMPT_RECORDED,
                    REPLY_RECEIVED);

    private EventTypes() {}
}
