package org.evac.registry.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.quality.QualityFlag;

/** One line of a person search. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PersonSummary")
public record PersonSummary(
        UUID id,
        String registryNumber,
        String familyName,
        String givenNames,
        String nativeName,
        String birthDate,
        Category category,
        Verification verification,
        DepartureWish departureWish,
        RegistryStatus status,
        @Schema(ref = "Province") String province,
        UUID householdId,
        Instant lastReachedAt,
        Set<QualityFlag> qualityFlags,
        int version) {

    public static PersonSummary of(Person p) {
        return new PersonSummary(
                p.id,
                p.registryNumber,
                p.familyName,
                p.givenNames,
                p.nativeName,
                p.birthDate,
                p.category,
                p.verification,
                p.departureWish,
                p.status,
                p.province,
                p.householdId,
                p.lastReachedAt,
                Set.copyOf(p.qualityFlags),
                p.version);
    }
}
