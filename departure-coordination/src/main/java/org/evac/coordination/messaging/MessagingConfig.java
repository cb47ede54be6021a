package org.evac.coordination.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "evac.messaging")
public interface MessagingConfig {

    /** How long before respond-by an unanswered SMS or email offer is recalled to the persons. */
    @WithDefault("12h")
    Duration reminderBefore();

    /** How often offers due for a reminder are looked for (a scheduler interval). */
    @WithDefault("1m")
    String reminderCheck();

    /** How long before departure passengers must be at the meeting point. */
    @WithDefault("3h")
    Duration meetBefore();

    /** A later departure by at least this much is a delay the passengers are told about. */
    @WithDefault("15m")
    Duration delayThreshold();

    /**
     * Where passengers meet, by departure airport (IATA); others use {@link
     * #defaultMeetingPoint()}.
     */
    Map<String, String> meetingPoints();

    @WithDefault("the meeting point your coordinator named")
    String defaultMeetingPoint();
}
