package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactAttemptRecorded(
        UUID attemptId,
        UUID personId,
        String channel,
        String outcome,
        OffsetDateTime attemptedAt) {}
