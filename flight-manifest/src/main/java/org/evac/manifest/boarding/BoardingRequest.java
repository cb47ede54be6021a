package org.evac.manifest.boarding;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BoardingRequest",
        description =
                "Names a passenger of the latest manifest revision by line number, "
                        + "or by travel document (type, issuing country and number)")
public record BoardingRequest(
        @Min(1) Integer lineNumber,
        @Pattern(regexp = "^[A-Z]{1,2}$") String documentType,
        @Pattern(regexp = "^[A-Z]{3}$") String documentIssuingCountry,
        @Pattern(regexp = "^[A-Za-z0-9]{1,35}$") String documentNumber) {

    @Schema(hidden = true)
    @AssertTrue(
            message =
                    "give either lineNumber or documentType, documentIssuingCountry and documentNumber")
    public boolean isIdentified() {
        boolean byDocument =
                documentType != null && documentIssuingCountry != null && documentNumber != null;
        boolean anyDocument =
                documentType != null || documentIssuingCountry != null || documentNumber != null;
        return lineNumber != null ? !anyDocument : byDocument;
    }
}
