package org.evac.manifest.revision;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.manifest.checks.CheckResult;
import org.evac.manifest.submission.Sex;

@Schema(
        name = "PassengerLine",
        description = "A stored passenger line with its number and check results")
public record PassengerView(
        int lineNumber,
        String familyName,
        @Schema(nullable = true) String givenNames,
        @Schema(nullable = true) String nativeFamilyName,
        @Schema(nullable = true) String nativeGivenNames,
        String birthDate,
        Sex sex,
        String nationality,
        String documentType,
        String documentNumber,
        String documentIssuingCountry,
        @Schema(nullable = true) LocalDate documentExpiry,
        @Schema(nullable = true) String seat,
        @Schema(nullable = true) String bookingReference,
        @Schema(nullable = true) UUID personId,
        Set<CheckResult> results) {

    public static PassengerView of(PassengerLine line) {
        return new PassengerView(
                line.lineNumber,
                line.familyName,
                line.givenNames,
                line.nativeFamilyName,
                line.nativeGivenNames,
                line.birthDate,
                line.sex,
                line.nationality,
                line.documentType,
                line.documentNumber,
                line.documentIssuingCountry,
                line.documentExpiry,
                line.seat,
                line.bookingReference,
                line.personId,
                CheckResult.split(line.findings));
    }
}
