package org.evac.infrastructure.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.evac.infrastructure.idempotency.IdempotencyKeys;
import org.evac.infrastructure.problem.Problem;

/**
 * Completes every service's OpenAPI document with what the shared layer does for every operation,
 * so that resources declare only what is their own:
 *
 * <ul>
 *   <li>the problem model, referenced from every {@code application/problem+json} body;
 *   <li>the problem responses the shared mappers and guards send ({@link SharedResponse}), declared
 *       once under {@code components.responses} and referenced where they apply;
 *   <li>the {@code Idempotency-Key} header on every POST, which {@code IdempotencyFilter} honours;
 *   <li>JDK value types (UUID, dates, times) inlined as strings with a format, so no Java class
 *       names become component names of a generated client.
 * </ul>
 */
public class ApiContractFilter implements OASFilter {

    private static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";

    /** JDK types SmallRye turns into components of their own. */
    private static final Map<String, String> JDK_VALUE_FORMATS =
            Map.of(
                    "UUID", "uuid",
                    "Instant", "date-time",
                    "OffsetDateTime", "date-time",
                    "ZonedDateTime", "date-time",
                    "LocalDateTime", "date-time",
                    "LocalDate", "date",
                    "LocalTime", "time",
                    "URI", "uri",
                    "Duration", "duration");

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        // SmallRye gives inline UUIDs (list items) its pattern unanchored; anchored it means the
        // same.
        if ("uuid".equals(schema.getFormat())
                && schema.getPattern() != null
                && !schema.getPattern().startsWith("^")) {
            schema.setPattern("^" + schema.getPattern() + "$");
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS)) {
            String format = JDK_VALUE_FORMATS.get(ref.substring(SCHEMAS.length()));
            if (format != null) {
                schema.setRef(null);
                schema.setType(List.of(Schema.SchemaType.STRING));
                schema.setFormat(format);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() != null) {
            JDK_VALUE_FORMATS.keySet().forEach(components::removeSchema);
        }
        ProblemSchemas.all().forEach(components::addSchema);
        for (SharedResponse response : SharedResponse.values()) {
            components.addResponse(response.component, response.definition());
        }
        components.addParameter(IDEMPOTENCY_PARAMETER, idempotencyKey());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach(
                                                (method, operation) -> {
                                                    completeResponses(path, operation);
                                                    if (method == PathItem.HttpMethod.POST) {
                                                        acceptIdempotencyKey(operation);
                                                    }
                                                }));
    }

    private static void completeResponses(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (SharedResponse shared : SharedResponse.values()) {
            if (shared.appliesTo(path, operation)
                    && bodiless(responses.getAPIResponse(shared.status))) {
                // Absent, or the bodiless 400/401/403 SmallRye adds for bodies and secured methods.
                responses.addAPIResponse(shared.status, shared.reference());
            }
        }
        responses.getAPIResponses().forEach((status, response) -> referenceProblem(response));
    }

    private static boolean bodiless(APIResponse response) {
        return response == null
                || (response.getRef() == null
                        && (response.getContent() == null
                                || response.getContent().getMediaTypes() == null
                                || response.getContent().getMediaTypes().isEmpty()));
    }

    /** Gives each problem body the problem schema; examples stay as the resource wrote them. */
    private static void referenceProblem(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(ProblemSchemas.ref(ProblemSchemas.PROBLEM));
        }
    }

    private static void acceptIdempotencyKey(Operation operation) {
        operation.addParameter(
                OASFactory.createParameter()
                        .ref("#/components/parameters/" + IDEMPOTENCY_PARAMETER));
        APIResponses responses = operation.getResponses();
        explain(responses, SharedResponse.IDEMPOTENCY_IN_PROGRESS);
        explain(responses, SharedResponse.IDEMPOTENCY_MISMATCH);
    }

    /** An operation that already answers the status for its own reasons gets the meaning added. */
    private static void explain(APIResponses responses, SharedResponse idempotency) {
        APIResponse own = responses.getAPIResponse(idempotency.status);
        if (own == null) {
            responses.addAPIResponse(idempotency.status, idempotency.reference());
        } else if (own.getRef() == null) {
            String description = own.getDescription() == null ? "" : own.getDescription() + "; ";
            own.setDescription(description + "or: " + idempotency.description);
        }
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createParameter()
                .name(IdempotencyKeys.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                        "Makes a retry safe: a retry with the same key and the same request replays"
                                + " the first response (status, headers and body) and changes nothing"
                                + " again; the same key with a different request answers 422, and a"
                                + " retry while the first is still running answers 409. Keys are scoped"
                                + " to the caller and the operation and kept "
                                + IdempotencyKeys.RETENTION_DESCRIPTION
                                + ".")
                .schema(
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .minLength(1)
                                .maxLength(IdempotencyKeys.MAX_LENGTH)
                                .pattern(IdempotencyKeys.PATTERN))
                .example("6f1d0c52-3f4e-4a8b-9d27-1c5e8b0a9f31");
    }
}
