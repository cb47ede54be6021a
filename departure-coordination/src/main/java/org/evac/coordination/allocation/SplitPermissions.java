package org.evac.coordination.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.evac.coordination.readmodel.HouseholdView;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.problem.ProblemException;

/**
 * Coordinators' permissions to split a household over flights. Only a household this service knows
 * from the registry's events (announced, or named by a person) can be given one: anything else is a
 * 404 and nothing is written.
 */
@ApplicationScoped
public class SplitPermissions {

    private final Clock clock;

    public SplitPermissions(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void allow(UUID householdId, String reason, String actor) {
        requireKnown(householdId);
        SplitPermission permission =
                SplitPermission.<SplitPermission>findByIdOptional(householdId)
                        .orElseGet(SplitPermission::new);
        permission.householdId = householdId;
        permission.reason = reason;
        permission.allowedBy = actor;
        permission.allowedAt = OffsetDateTime.now(clock);
        permission.persist();
    }

    /** Withdraws the permission of a known household; there may have been none. */
    @Transactional
    public void revoke(UUID householdId) {
        requireKnown(householdId);
        SplitPermission.deleteById(householdId);
    }

    private static void requireKnown(UUID householdId) {
        boolean known =
                HouseholdView.findById(householdId) != null
                        || PersonView.count("householdId", householdId) > 0;
        if (!known) {
            throw ProblemException.notFound("Household", householdId);
        }
    }
}
