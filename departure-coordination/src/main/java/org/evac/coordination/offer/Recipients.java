package org.evac.coordination.offer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.evac.coordination.journey.JourneyService;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;

/** Who an offer goes to: eligible, verified, active persons whose journey allows a (new) offer. */
@ApplicationScoped
public class Recipients {

    private final JourneyService journeys;

    public Recipients(JourneyService journeys) {
        this.journeys = journeys;
    }

    public List<UUID> ofHousehold(UUID householdId) {
        List<PersonView> members =
                PersonView.list("householdId = ?1 order by personId", householdId);
        if (members.isEmpty()) {
            throw ProblemException.notFound("Household", householdId);
        }
        List<PersonView> eligible = members.stream().filter(PersonView::eligible).toList();
        List<UUID> open =
                eligible.stream()
                        .map(p -> p.personId)
                        .filter(id -> journeys.stateOf(id) == JourneyState.OFFERED)
                        .toList();
        if (!open.isEmpty()) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "open-offer",
                                    "Open offer",
                                    "Members of household "
                                            + householdId
                                            + " already have an open offer")
                            .with("personIds", open));
        }
        List<UUID> offerable =
                eligible.stream().map(p -> p.personId).filter(this::offerable).toList();
        if (offerable.isEmpty()) {
            throw ProblemException.conflict(
                    "nobody-to-offer",
                    "Nobody to offer",
                    "Household "
                            + householdId
                            + " has no verified, eligible, active member waiting for an offer");
        }
        return offerable;
    }

    public List<UUID> ofPerson(UUID personId) {
        PersonView person =
                PersonView.<PersonView>findByIdOptional(personId)
                        .orElseThrow(() -> ProblemException.notFound("Person", personId));
        if (!person.eligible()) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "not-eligible",
                                    "Not eligible",
                                    "Person "
                                            + personId
                                            + " is not a verified, active person of an eligible category")
                            .with("verification", person.verification)
                            .with("status", person.status));
        }
        return List.of(personId);
    }

    public boolean offerable(UUID personId) {
        JourneyState state = journeys.stateOf(personId);
        return state == JourneyState.NOT_OFFERED || state == JourneyState.DECLINED;
    }
}
