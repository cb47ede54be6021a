package org.evac.manifest.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAnIdTagSummaryDescriptionSecurityAndAnExampleForEveryBody()
            throws Exception {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                for (String member :
                        List.of("operationId", "tags", "summary", "description", "security")) {
                    if (!op.has(member)) {
                        gaps.add(where + ": no " + member);
                    }
                }
                for (Map.Entry<String, JsonNode> response : op.get("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media :
                            response.getValue().path("content").properties()) {
                        if (!media.getValue().has("examples")) {
                            gaps.add(
                                    where
                                            + " "
                                            + response.getKey()
                                            + " "
                                            + media.getKey()
                                            + ": no example");
                        }
                    }
                }
            }
        }
        assertThat(operations).isEqualTo(25);
        assertThat(gaps).isEmpty();
    }

    @Test
    void eachManifestFormatHasItsOwnOperationWithOneMediaType() throws Exception {
        JsonNode paths = document().get("paths");
        String manifests = "/api/v1/flights/{flightId}/manifests";

        assertUpload(paths.get(manifests), "uploadJsonManifest", "application/json");
        assertThat(
                        paths.get(manifests)
                                .at("/post/requestBody/content/application~1json/schema/$ref")
                                .asText())
                .isEqualTo("#/components/schemas/ManifestRequest");
        assertUpload(paths.get(manifests + "/csv"), "uploadCsvManifest", "text/csv");
        assertUpload(
                paths.get(manifests + "/paxlst"), "uploadPaxlstManifest", "application/edifact");

        JsonNode json = paths.get(manifests + "/{revision}").get("get");
        assertThat(json.get("operationId").asText()).isEqualTo("getManifest");
        assertThat(json.at("/responses/200/content").fieldNames())
                .toIterable()
                .containsExactly("application/json");
        assertThat(json.at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Manifest");
        assertDownload(paths.get(manifests + "/{revision}/csv"), "getManifestCsv", "text/csv");
        assertDownload(
                paths.get(manifests + "/{revision}/paxlst"),
                "getManifestPaxlst",
                "application/edifact");
    }

    private static void assertUpload(JsonNode path, String operationId, String mediaType) {
        JsonNode post = path.get("post");
        assertThat(post.get("operationId").asText()).isEqualTo(operationId);
        assertThat(post.at("/requestBody/content").fieldNames())
                .toIterable()
                .containsExactly(mediaType);
        assertThat(post.at("/responses/201/headers").has("Location")).isTrue();
        assertThat(post.at("/responses/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/CheckReport");
    }

    private static void assertDownload(JsonNode path, String operationId, String mediaType) {
        JsonNode get = path.get("get");
        assertThat(get.get("operationId").asText()).isEqualTo(operationId);
        assertThat(get.at("/responses/200/content").fieldNames())
                .toIterable()
                .containsExactly(mediaType);
        assertThat(get.at("/responses/200/content").elements().next().at("/schema/type").asText())
                .isEqualTo("string");
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper()
                .readTree(
                        given().accept("application/json")
                                .get("/q/openapi")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
    }
}
