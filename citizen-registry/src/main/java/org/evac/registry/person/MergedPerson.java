package org.evac.registry.person;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for the id of a person merged into another: where the record lives now. */
@Schema(name = "MergedPerson", description = "A person merged into another; Location names it")
public record MergedPerson(UUID id, UUID mergedInto) {}
