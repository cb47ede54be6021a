package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdChanged(
        UUID householdId, UUID headPersonId, List<Member> members, long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(UUID personId, String relationship) {}
}
