package org.evac.infrastructure.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives the 400, 401 and 403 responses that the OpenAPI generator adds by itself (for request
 * bodies and secured operations) the problem+json body, and an example, that {@link ProblemMappers}
 * really sends.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, Problem> GENERATED =
            Map.of(
                    "400",
                            Problem.of(
                                    400,
                                    "malformed-body",
                                    "Malformed request body",
                                    "Unexpected end-of-input: expected close marker for Object"),
                    "401",
                            Problem.of(
                                    401,
                                    "unauthenticated",
                                    "Authentication required",
                                    "A valid bearer token is required"),
                    "403",
                            Problem.of(
                                    403,
                                    "forbidden",
                                    "Forbidden",
                                    "Your role does not allow this operation"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                describeGeneratedProblems(operation);
            }
        }
    }

    private static void describeGeneratedProblems(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        GENERATED.forEach(
                (status, problem) -> {
                    APIResponse response = operation.getResponses().getAPIResponse(status);
                    boolean bodiless =
                            response != null
                                    && (response.getContent() == null
                                            || response.getContent().getMediaTypes().isEmpty());
                    if (bodiless) {
                        response.setDescription(problem.title());
                        response.setContent(
                                OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .addExample(
                                                                problem.title(),
                                                                OASFactory.createExample()
                                                                        .value(
                                                                                Map.of(
                                                                                        "type",
                                                                                        problem
                                                                                                .type(),
                                                                                        "title",
                                                                                        problem
                                                                                                .title(),
                                                                                        "status",
                                                                                        problem
                                                                                                .status(),
                                                                                        "detail",
                                                                                        problem
                                                                                                .detail())))));
                    }
                });
    }
}
