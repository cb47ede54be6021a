package org.evac.manifest.operator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Operator")
public record OperatorResponse(
        String code,
        @Schema(nullable = true) String iataDesignator,
        @Schema(nullable = true) String icaoDesignator,
        String name,
        @Schema(nullable = true) String contactName,
        @Schema(nullable = true) String contactEmail,
        @Schema(nullable = true) String contactPhone) {

    static OperatorResponse of(Operator operator) {
        return new OperatorResponse(
                operator.code,
                operator.iataDesignator,
                operator.icaoDesignator,
                operator.name,
                operator.contactName,
                operator.contactEmail,
                operator.contactPhone);
    }
}
