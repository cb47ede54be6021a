package org.evac.registry.household;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.person.Category;

/** Requests and views of the household API. */
public final class HouseholdRequests {

    private HouseholdRequests() {}

    @Schema(name = "CreateHousehold")
    public record Create(@NotNull UUID headPersonId, List<@NotNull @Valid MemberInput> members) {}

    @Schema(name = "HouseholdMemberInput")
    public record MemberInput(
            @NotNull UUID personId,
            @NotNull @Schema(description = "Relationship to the head; not HEAD")
                    Relationship relationship) {}

    @Schema(name = "ChangeHead")
    public record ChangeHead(
            @NotNull UUID personId,
            @Schema(description = "What the previous head becomes to the new one; OTHER if absent")
                    Relationship previousHeadBecomes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Household")
    public record View(UUID id, UUID headPersonId, List<MemberView> members, int version) {}

    @Schema(name = "HouseholdMember")
    public record MemberView(
            UUID personId,
            String registryNumber,
            String familyName,
            String givenNames,
            Category category,
            Relationship relationship) {}
}
