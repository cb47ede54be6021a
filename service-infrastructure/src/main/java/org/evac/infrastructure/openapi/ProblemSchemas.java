package org.evac.infrastructure.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.evac.infrastructure.problem.Problem;

/**
 * The one problem model of every service: the RFC 9457 members, the field errors of a rejected
 * request, and the extension members the services send, typed, so that a generated client parses
 * every error strictly. Other extension members are allowed ({@code additionalProperties}), since a
 * problem type may add its own.
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ProblemSchemas() {}

    static Map<String, Schema> all() {
        return Map.of(PROBLEM, problem(), FIELD_ERROR, fieldError());
    }

    private static Schema problem() {
        return createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description(
                        "RFC 9457 problem detail, sent as "
                                + Problem.MEDIA_TYPE
                                + " for every status of 400 and above. `type` is stable per kind of"
                                + " problem; extension members depend on the type.")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        string("URI naming the kind of problem")
                                .format("uri")
                                .addExample(Problem.TYPE_BASE + "validation"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty(
                        "status",
                        createSchema()
                                .type(List.of(SchemaType.INTEGER))
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty(
                        "instance",
                        string("Path of the request that failed").format("uri-reference"))
                .addProperty(
                        "errors",
                        array(ref(FIELD_ERROR)).description("Rejected fields of the request"))
                .addProperty(
                        "errorId", string("Id of a 500 to quote when reporting it").format("uuid"))
                .addProperty(
                        "parameter", string("The query, path or header parameter that was refused"))
                .addProperty("expected", string("The type or form the refused value must have"))
                .addProperty(
                        "allowed",
                        array(string(null)).description("Values or transitions that are allowed"))
                .addProperty(
                        "existingPersonId",
                        string("The person already holding a document").format("uuid"))
                .addProperty(
                        "candidates",
                        array(
                                        createSchema()
                                                .type(List.of(SchemaType.OBJECT))
                                                .additionalPropertiesBoolean(true))
                                .description("Likely duplicates of the submitted person"))
                .addProperty(
                        "currentVersion",
                        createSchema()
                                .type(List.of(SchemaType.INTEGER))
                                .format("int32")
                                .description("The version to send in If-Match"))
                .addProperty("segment", string("The EDIFACT segment that was refused"))
                .addProperty(
                        "line",
                        createSchema()
                                .type(List.of(SchemaType.INTEGER))
                                .format("int32")
                                .description("1-based line of an uploaded file"))
                .addProperty("reason", string("Machine-readable reason"))
                .additionalPropertiesBoolean(true);
    }

    private static Schema fieldError() {
        return createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description("A rejected field")
                .addRequired("field")
                .addRequired("message")
                .addProperty(
                        "field",
                        string("JSON path of the input, e.g. documents[0].number")
                                .addExample("documents[0].number"))
                .addProperty("message", string("Why the value was refused"));
    }

    static Schema ref(String component) {
        return createSchema().ref("#/components/schemas/" + component);
    }

    static Schema string(String description) {
        Schema schema = createSchema().type(List.of(SchemaType.STRING));
        return description == null ? schema : schema.description(description);
    }

    private static Schema array(Schema items) {
        return createSchema().type(List.of(SchemaType.ARRAY)).items(items);
    }
}
