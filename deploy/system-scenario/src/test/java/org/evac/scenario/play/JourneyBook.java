package org.evac.scenario.play;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.evac.client.coordination.api.JourneysApi;
import org.evac.client.coordination.model.Journey;
import org.evac.scenario.api.ServiceFailure;
import org.evac.scenario.api.Services;

/** Each person's departure journey as departure-coordination tells a coordinator, read at once. */
public final class JourneyBook {

    private final Services services;
    private final Parallel desks;

    public JourneyBook(Services services, Parallel desks) {
        this.services = services;
        this.desks = desks;
    }

    /** The journeys of {@code persons}; a person coordination has no journey for is left out. */
    public Map<UUID, Journey> read(Collection<UUID> persons) {
        Map<UUID, Journey> journeys = new ConcurrentHashMap<>();
        desks.forEach(persons, person -> find(person).ifPresent(j -> journeys.put(person, j)));
        return journeys;
    }

    public Optional<Journey> find(UUID person) {
        try {
            return Optional.of(
                    services.coordination().call(c -> new JourneysApi(c).getJourney(person)));
        } catch (ServiceFailure e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
