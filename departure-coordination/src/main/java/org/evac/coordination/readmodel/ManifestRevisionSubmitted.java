package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestRevisionSubmitted(
        UUID flightId, int revision, boolean late, List<UUID> manifestedPersonIds) {}
