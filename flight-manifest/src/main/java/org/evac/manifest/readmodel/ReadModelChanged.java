package org.evac.manifest.readmodel;

import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously, in the consumer's transaction, once per batch of events) when the read
 * models changed what manifest checks depend on.
 *
 * @param seatsOnFlights flights whose seat allocations changed
 * @param registryPersons persons whose registry record, documents or merge changed
 */
public record ReadModelChanged(Set<UUID> seatsOnFlights, Set<UUID> registryPersons) {}
