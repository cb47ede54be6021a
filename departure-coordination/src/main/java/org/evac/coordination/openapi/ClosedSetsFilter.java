package org.evac.coordination.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.evac.coordination.province.Provinces;
import org.evac.coordination.readmodel.FlightView;

/**
 * Declares the closed sets that live in code as string lists, not Java enums, as enumerations of
 * the schema properties that carry them, filled from those lists so that code and document never
 * disagree: provinces ({@link Provinces#CODES}) and flight statuses ({@link FlightView#STATUSES}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClosedSetsFilter implements OASFilter {

    private static final List<String> COUNTED_PROVINCES = withUnknown();

    /** Schema name → property → allowed values. */
    private static final Map<String, Map<String, List<String>>> SETS =
            Map.of(
                    "CampaignRequest", Map.of("province", Provinces.CODES),
                    "CampaignResult", Map.of("province", Provinces.CODES),
                    "ProvinceCount", Map.of("province", COUNTED_PROVINCES),
                    "FlightSeats", Map.of("status", FlightView.STATUSES),
                    "FlightLoad", Map.of("status", FlightView.STATUSES));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        SETS.forEach(
                (schemaName, properties) -> {
                    Schema schema = schemas.get(schemaName);
                    if (schema == null || schema.getProperties() == null) {
                        return;
                    }
                    properties.forEach(
                            (property, values) -> {
                                Schema propertySchema = schema.getProperties().get(property);
                                if (propertySchema != null) {
                                    propertySchema.setEnumeration(new ArrayList<>(values));
                                }
                            });
                });
    }

    private static List<String> withUnknown() {
        List<String> codes = new ArrayList<>(Provinces.CODES);
        codes.add(Provinces.UNKNOWN);
        return List.copyOf(codes);
    }
}
