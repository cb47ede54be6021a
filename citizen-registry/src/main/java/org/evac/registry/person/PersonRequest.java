package org.evac.registry.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.contact.ContactKind;
import org.evac.registry.document.DocumentType;

/**
 * A person as a coordinator or an import row describes them. On PATCH the same shape, without
 * documents, contacts and sources (they have their own sub-resources), is the target of the JSON
 * Merge Patch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PersonRequest")
public record PersonRequest(
        @NotBlank
                @Size(max = 100)
                @Pattern(regexp = LATIN, message = LATIN_MESSAGE)
                @Schema(pattern = LATIN_PORTABLE)
                String familyName,
        @NotBlank
                @Size(max = 200)
                @Pattern(regexp = LATIN, message = LATIN_MESSAGE)
                @Schema(pattern = LATIN_PORTABLE)
                String givenNames,
        @Size(max = 200) String nativeName,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", examples = "1987-03") String birthDate,
        @Size(max = 200)
                @Schema(description = "What proves a 1 January birth date, e.g. 'passport'")
                String birthDateEvidence,
        Sex sex,
        @NotNull Category category,
        @Valid QualifyingRelative qualifyingRelative,
        DepartureWish departureWish,
        List<@NotNull @Valid Vulnerability> vulnerabilities,
        @Valid Location location,
        @Pattern(regexp = LANGUAGE_PATTERN, message = "must be en, fa-AF or ps")
                @Schema(enumeration = {"en", "fa-AF", "ps"})
                String preferredLanguage,
        @Size(max = 100) String bestTimeToCall,
        RegistryStatus status,
        @Size(max = 500) String statusReason,
        List<@NotNull @Valid DocumentInput> documents,
        List<@NotNull @Valid ContactInput> contacts,
        List<@NotNull @Valid SourceInput> sources) {

    /** Latin script as Java checks it; ECMA-262 has no {@code \p{IsLatin}}. */
    static final String LATIN = "[\\p{IsLatin} .'\\-]*";

    /**
     * The same rule for the OpenAPI document, valid in ECMA-262 and Java: the Latin letter blocks
     * (Basic Latin, Latin-1, Extended-A to -E, IPA, Latin Extended Additional, ligatures and
     * full-width forms) plus space, period, apostrophe and hyphen.
     */
    static final String LATIN_PORTABLE =
            "^[A-Za-z\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u1D00-\\u1D25"
                    + "\\u1E00-\\u1EFF\\u2C60-\\u2C7F\\uA720-\\uA7FF\\uAB30-\\uAB64\\uFB00-\\uFB06"
                    + "\\uFF21-\\uFF3A\\uFF41-\\uFF5A .'-]*$";

    static final String LATIN_MESSAGE = "must be written in Latin script";

    static final String LANGUAGE_PATTERN = "^(en|fa-AF|ps)$";

    /**
     * The spouse or parent (a US citizen or permanent resident) who makes an IMMEDIATE_RELATIVE
     * eligible.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QualifyingRelative(
            UUID personId,
            @Size(max = 200) String name,
            @NotNull QualifyingRelationship relationship) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vulnerability(@NotNull VulnerabilityKind kind, @Size(max = 500) String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
            @Schema(ref = "Province", examples = "AF-KAB") String province,
            @Size(max = 100) String district,
            Instant confirmedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentInput(
            @NotNull DocumentType type,
            @NotBlank
                    @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 3166-1 alpha-3 code")
                    String issuingCountry,
            @NotBlank @Size(max = 40) String number,
            LocalDate expiresOn,
            @Size(max = 100)
                    @Schema(description = "Full TD3 machine readable zone, two lines of 44")
                    String mrz) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactInput(
            @NotNull ContactKind kind, @NotBlank @Size(max = 200) String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceInput(
            @NotNull SourceKind source, @Size(max = 200) String reference, LocalDate receivedOn) {}

    public PersonRequest withoutSubRecords() {
        return new PersonRequest(
                familyName,
                givenNames,
                nativeName,
                birthDate,
                birthDateEvidence,
                sex,
                category,
                qualifyingRelative,
                departureWish,
                vulnerabilities,
                location,
                preferredLanguage,
                bestTimeToCall,
                status,
                statusReason,
                null,
                null,
                null);
    }
}
