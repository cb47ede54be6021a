package org.evac.registry.importing;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Keeps the JSON Lines upload example a string. SmallRye reads every example value that starts with
 * a brace as JSON, which turns the first line of a JSON Lines file into an object and drops the
 * others; the body is a string, and so must be its example.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonLinesExampleFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem path =
                openAPI.getPaths() == null
                        ? null
                        : openAPI.getPaths().getPathItem("/api/v1/imports/jsonl");
        if (path == null
                || path.getPOST() == null
                || path.getPOST().getRequestBody() == null
                || path.getPOST().getRequestBody().getContent() == null) {
            return;
        }
        MediaType body =
                path.getPOST()
                        .getRequestBody()
                        .getContent()
                        .getMediaType(ImportFormat.JSON_LINES_MEDIA_TYPE);
        if (body != null
                && body.getExamples() != null
                && body.getExamples().containsKey("request")) {
            body.getExamples().get("request").setValue(Examples.JSON_LINES);
        }
    }
}
