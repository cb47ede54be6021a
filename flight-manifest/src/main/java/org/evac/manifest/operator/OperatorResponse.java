package org.evac.manifest.operator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Operator")
public record OperatorResponse(
        String code,
        String iataDesignator,
        String icaoDesignator,
        String name,
        String contactName,
        String contactEmail,
        String contactPhone) {

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
