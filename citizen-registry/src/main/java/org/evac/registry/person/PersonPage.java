package org.evac.registry.person;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a person search, with the total number of matches. */
@Schema(name = "PersonPage", description = "One page of a person search, with the total")
public record PersonPage(List<PersonSummary> items, int page, int size, long total) {}
