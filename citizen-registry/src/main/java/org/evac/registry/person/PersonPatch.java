package org.evac.registry.person;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.person.PersonRequest.Vulnerability;

/**
 * The body of {@code PATCH /api/v1/persons/{id}} as the OpenAPI document describes it: an RFC 7396
 * JSON Merge Patch of the editable person. Every member is optional; a member set to {@code null}
 * removes the value, an absent member leaves it unchanged, objects are merged member by member and
 * arrays are replaced whole. The resource reads the body as a JSON tree, because only a tree tells
 * an absent member from a {@code null} one; this record exists for the contract.
 */
@Schema(
        name = "PersonPatch",
        description =
                "JSON Merge Patch (RFC 7396) of a person: absent members stay, null removes, objects"
                        + " merge, arrays are replaced. Documents, contacts and sources have their"
                        + " own sub-resources and cannot be patched here.")
public record PersonPatch(
        @Size(max = 100) @Schema(pattern = PersonRequest.LATIN_PORTABLE) String familyName,
        @Size(max = 200) @Schema(pattern = PersonRequest.LATIN_PORTABLE) String givenNames,
        @Size(max = 200) @Schema(nullable = true) String nativeName,
        @Schema(nullable = true, description = "YYYY, YYYY-MM or YYYY-MM-DD", examples = "1987-03")
                String birthDate,
        @Size(max = 200) @Schema(nullable = true) String birthDateEvidence,
        @Schema(nullable = true) Sex sex,
        Category category,
        @Schema(nullable = true) QualifyingRelativePatch qualifyingRelative,
        @Schema(nullable = true) DepartureWish departureWish,
        @Schema(nullable = true, description = "Replaces the whole list")
                List<Vulnerability> vulnerabilities,
        @Schema(nullable = true) LocationPatch location,
        @Pattern(regexp = PersonRequest.LANGUAGE_PATTERN)
                @Schema(
                        nullable = true,
                        enumeration = {"en", "fa-AF", "ps"})
                String preferredLanguage,
        @Size(max = 100) @Schema(nullable = true) String bestTimeToCall,
        @Schema(nullable = true) RegistryStatus status,
        @Size(max = 500) @Schema(nullable = true) String statusReason) {

    /** A merge patch of the qualifying relative. */
    @Schema(name = "QualifyingRelativePatch")
    public record QualifyingRelativePatch(
            @Schema(nullable = true) UUID personId,
            @Size(max = 200) @Schema(nullable = true) String name,
            QualifyingRelationship relationship) {}

    /** A merge patch of the location. */
    @Schema(name = "LocationPatch")
    public record LocationPatch(
            @Schema(ref = "Province", nullable = true) String province,
            @Size(max = 100) @Schema(nullable = true) String district,
            @Schema(nullable = true) Instant confirmedAt) {}
}
