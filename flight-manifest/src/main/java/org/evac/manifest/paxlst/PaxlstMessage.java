package org.evac.manifest.paxlst;

import java.time.Instant;
import org.evac.manifest.submission.Submission;

/** What a PAXLST message says about its flight, and its passengers. */
public record PaxlstMessage(
        String release,
        String flightNumber,
        String origin,
        Instant departure,
        String destination,
        Instant arrival,
        Submission submission) {}
