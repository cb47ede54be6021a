package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonsMerged(UUID survivorId, UUID mergedId) {}
