package org.evac.manifest.flight;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FlightPage", description = "One page of flights ordered by scheduled departure")
public record FlightPage(List<FlightResponse> items, long total, int page, int size) {}
