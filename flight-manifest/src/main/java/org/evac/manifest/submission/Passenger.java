package org.evac.manifest.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One passenger line as the operator sends it, whatever the format. */
@Schema(name = "Passenger")
public record Passenger(
        @Schema(
                        description = "Family name in Latin letters, as in the document",
                        example = "HAIDARI",
                        pattern = LATIN_NAME_ECMA)
                @NotBlank
                @Size(max = 100)
                @Pattern(regexp = LATIN_NAME, message = "Latin letters, spaces, ' - . only")
                String familyName,
        @Schema(
                        nullable = true,
                        description = "Given names in Latin letters",
                        pattern = LATIN_NAME_ECMA)
                @Size(max = 200)
                @Pattern(regexp = LATIN_NAME, message = "Latin letters, spaces, ' - . only")
                String givenNames,
        @Schema(nullable = true, description = "Family name in native script, e.g. Dari or Pashto")
                @Size(max = 100)
                String nativeFamilyName,
        @Schema(nullable = true, description = "Given names in native script") @Size(max = 200)
                String nativeGivenNames,
        @Schema(
                        description =
                                "ISO date with the precision known: 1985, 1985-03 or 1985-03-12",
                        example = "1985-03-12")
                @NotBlank
                @Pattern(
                        regexp = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
                        message = "ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
                String birthDate,
        @NotNull Sex sex,
        @Schema(description = "ISO 3166-1 alpha-3", example = "AFG")
                @NotBlank
                @Pattern(regexp = "^[A-Z]{3}$", message = "ISO 3166-1 alpha-3 code")
                String nationality,
        @Schema(
                        description =
                                "ICAO 9303 document type: P passport, I identity card (tazkira), V visa, ...",
                        example = "P")
                @NotBlank
                @Pattern(regexp = "^[A-Z]{1,2}$", message = "ICAO document type code")
                String documentType,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9]{1,35}$", message = "1 to 35 letters or digits")
                String documentNumber,
        @Schema(description = "ISO 3166-1 alpha-3", example = "AFG")
                @NotBlank
                @Pattern(regexp = "^[A-Z]{3}$", message = "ISO 3166-1 alpha-3 code")
                String documentIssuingCountry,
        @Schema(nullable = true, description = "Last day the document is valid")
                LocalDate documentExpiry,
        @Schema(nullable = true)
                @Pattern(regexp = "^[0-9]{1,3}[A-Z]$", message = "seat such as 12A")
                String seat,
        @Schema(nullable = true)
                @Size(max = 35)
                @Pattern(regexp = "^[A-Za-z0-9]*$", message = "letters and digits")
                String bookingReference,
        @Schema(nullable = true, description = "Registry person id, if the operator knows it")
                UUID personId) {

    static final String LATIN_NAME = "^[\\p{IsLatin} '.\\-]*$";

    /**
     * {@link #LATIN_NAME} for the OpenAPI document: ECMA-262 has no script classes without the
     * {@code u} flag, so the Latin letters are spelled as their Unicode blocks (Basic Latin,
     * Latin-1 Supplement, Latin Extended-A and -B, IPA Extensions' Latin letters, Latin Extended
     * Additional). Validation uses {@link #LATIN_NAME}.
     */
    static final String LATIN_NAME_ECMA =
            "^[A-Za-z\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF '.\\-]*$";
}
