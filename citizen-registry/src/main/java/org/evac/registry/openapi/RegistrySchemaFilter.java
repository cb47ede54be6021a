package org.evac.registry.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.evac.registry.quality.Provinces;

/**
 * Completes the registry's OpenAPI document at build time with what annotations cannot say.
 *
 * <ul>
 *   <li>The {@code Province} schema, referenced by every province field and parameter: its enum is
 *       {@link Provinces#CODES}, the one list the data-quality gates check against, so the contract
 *       and the gates cannot drift apart.
 *   <li>{@code @NotBlank} becomes the unanchored pattern {@code \S} ("contains a non-space
 *       character"); it is rewritten to the anchored equivalent, so that every pattern of the
 *       document is anchored and means the same in ECMA-262 and Java.
 *   <li>The province of a {@code LocationPatch} may be {@code null} (JSON Merge Patch: remove it).
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RegistrySchemaFilter implements OASFilter {

    public static final String PROVINCE = "Province";

    static final String NOT_BLANK = "\\S";
    static final String NOT_BLANK_ANCHORED = "^[\\s\\S]*\\S[\\s\\S]*$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROVINCE, province());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema locationPatch = schemas.get("LocationPatch");
        if (locationPatch != null && locationPatch.getProperties() != null) {
            // A schema given by ref cannot be made nullable by annotation; in a merge patch null
            // removes the province.
            locationPatch.addProperty(
                    "province",
                    OASFactory.createSchema()
                            .addAnyOf(OASFactory.createSchema().ref(PROVINCE))
                            .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
    }

    /** Called for every schema of the document: components, parameters and bodies. */
    @Override
    public Schema filterSchema(Schema schema) {
        if (NOT_BLANK.equals(schema.getPattern())) {
            schema.setPattern(NOT_BLANK_ANCHORED);
        }
        return schema;
    }

    static Schema province() {
        List<Object> codes = new ArrayList<>(Provinces.CODES.stream().sorted().toList());
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("ISO 3166-2:AF code of one of the 34 provinces of Afghanistan")
                .enumeration(codes)
                .examples(List.of("AF-KAB"));
    }
}
