package org.evac.registry.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentType;
import org.evac.registry.household.Relationship;
import org.evac.registry.person.PersonRequest.Location;
import org.evac.registry.person.PersonRequest.QualifyingRelative;
import org.evac.registry.person.PersonRequest.Vulnerability;
import org.evac.registry.quality.QualityFlag;

/** The full person record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Person")
public record PersonView(
        UUID id,
        String registryNumber,
        String familyName,
        String givenNames,
        String nativeName,
        String birthDate,
        String birthDateEvidence,
        Sex sex,
        Category category,
        QualifyingRelative qualifyingRelative,
        VerificationView verification,
        DepartureWish departureWish,
        List<Vulnerability> vulnerabilities,
        RegistryStatus status,
        String statusReason,
        Location location,
        @Schema(enumeration = {"en", "fa-AF", "ps"}) String preferredLanguage,
        String bestTimeToCall,
        HouseholdRef household,
        Instant lastReachedAt,
        Set<QualityFlag> qualityFlags,
        List<DocumentView> documents,
        List<ContactView> contacts,
        List<SourceView> sources,
        UUID mergedInto,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VerificationDecision")
    public record VerificationView(
            Verification state, String by, Instant at, String reason, UUID evidenceDocumentId) {}

    @Schema(name = "HouseholdMembership")
    public record HouseholdRef(UUID id, Relationship relationship) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PersonDocument")
    public record DocumentView(
            UUID id,
            DocumentType type,
            String issuingCountry,
            @Schema(
                            description =
                                    "Masked (last 3 characters) for roles other than coordinator and admin")
                    String number,
            LocalDate expiresOn,
            boolean expired,
            boolean mrzVerified) {}

    @Schema(name = "ContactChannel")
    public record ContactView(UUID id, ContactKind kind, String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PersonSource")
    public record SourceView(
            UUID id,
            SourceKind source,
            String reference,
            LocalDate receivedOn,
            UUID importId,
            Integer rowNumber) {}
}
