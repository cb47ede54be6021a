package org.evac.scenario.population;

import java.util.List;

/** A family that wants to leave together; its first member is the head. */
public record Household(int key, List<Member> members) {

    public Household {
        members = List.copyOf(members);
    }

    public Member head() {
        return members.get(0);
    }

    /** Some member is not eligible: the family may refuse to leave without them. */
    public boolean hasMemberWhoMayNotLeave() {
        return members.stream().anyMatch(m -> !m.isEligibleCategory());
    }
}
