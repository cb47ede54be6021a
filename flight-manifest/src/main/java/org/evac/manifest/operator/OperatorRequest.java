package org.evac.manifest.operator;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OperatorRequest",
        description = "A charter operator; operator tokens name its code in the 'operator' claim")
public record OperatorRequest(
        @NotBlank
                @Pattern(
                        regexp = "^[A-Z0-9]{2,8}$",
                        message = "2 to 8 upper-case letters or digits")
                String code,
        @Pattern(regexp = "^[A-Z0-9]{2}$", message = "IATA airline designator: 2 characters")
                String iataDesignator,
        @Pattern(regexp = "^[A-Z]{3}$", message = "ICAO airline designator: 3 letters")
                String icaoDesignator,
        @Schema(pattern = NOT_BLANK) @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String contactName,
        @Email @Size(max = 320) String contactEmail,
        @Pattern(regexp = "^\\+?[0-9 ]{6,40}$", message = "international phone number")
                String contactPhone) {

    /** {@code @NotBlank} for the OpenAPI document: anchored, at least one non-space character. */
    static final String NOT_BLANK = "^\\s*\\S[\\s\\S]*$";

    @Schema(hidden = true)
    @AssertTrue(message = "an IATA or ICAO designator is required")
    public boolean isDesignated() {
        return iataDesignator != null || icaoDesignator != null;
    }
}
