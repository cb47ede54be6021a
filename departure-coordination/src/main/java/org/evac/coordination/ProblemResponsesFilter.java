package org.evac.coordination;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.evac.infrastructure.problem.Problem;

/**
 * Gives the 400, 401 and 403 responses that the OpenAPI generator adds on its own (request body,
 * security) the problem+json body and example they really have.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> EXAMPLES =
            Map.of(
                    "400",
                            """
                    {"type":"https://evac.example.org/problems/malformed-request","title":"Malformed request",
                     "status":400,"detail":"The request body is not valid JSON"}""",
                    "401",
                            """
                    {"type":"https://evac.example.org/problems/unauthorized","title":"Unauthorized","status":401,
                     "detail":"A valid bearer token is required"}""",
                    "403",
                            """
                    {"type":"https://evac.example.org/problems/forbidden","title":"Forbidden","status":403,
                     "detail":"This operation needs another role"}""");

    private static final Map<String, String> DESCRIPTIONS =
            Map.of(
                    "400",
                    "Malformed request",
                    "401",
                    "No or invalid bearer token",
                    "403",
                    "Role not allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(
                        path ->
                                path.getOperations()
                                        .values()
                                        .forEach(
                                                operation -> {
                                                    if (operation.getResponses() == null) {
                                                        return;
                                                    }
                                                    EXAMPLES.forEach(
                                                            (status, example) -> {
                                                                APIResponse response =
                                                                        operation
                                                                                .getResponses()
                                                                                .getAPIResponse(
                                                                                        status);
                                                                if (response != null
                                                                        && (response.getContent()
                                                                                        == null
                                                                                || response.getContent()
                                                                                        .getMediaTypes()
                                                                                        .isEmpty())) {
                                                                    response.setDescription(
                                                                            DESCRIPTIONS.get(
                                                                                    status));
                                                                    response.setContent(
                                                                            OASFactory
                                                                                    .createContent()
                                                                                    .addMediaType(
                                                                                            Problem
                                                                                                    .MEDIA_TYPE,
                                                                                            OASFactory
                                                                                                    .createMediaType()
                                                                                                    .addExample(
                                                                                                            "problem",
                                                                                                            OASFactory
                                                                                                                    .createExample()
                                                                                                                    .value(
                                                                                                                            example))));
                                                                }
                                                            });
                                                }));
    }
}
