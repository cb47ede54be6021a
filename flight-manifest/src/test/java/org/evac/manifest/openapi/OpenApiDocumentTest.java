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
    void everyOperationHasATagSummarySecurityAndAnExampleForEveryStatusWithABody()
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
                if (!op.has("tags") || !op.has("summary") || !op.has("security")) {
                    gaps.add(where + ": tag, summary or security missing");
                }
                if (!op.get("responses").has("401") || !op.get("responses").has("403")) {
                    gaps.add(where + ": 401/403 undocumented");
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
        assertThat(operations).isGreaterThanOrEqualTo(17);
        assertThat(gaps).isEmpty();
    }

    @Test
    void manifestsAreDocumentedInJsonCsvAndPaxlst() throws Exception {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi")
                                        .then()
                                        .extract()
                                        .asString());
        JsonNode manifests = document.get("paths").get("/api/v1/flights/{flightId}/manifests");
        assertThat(manifests.get("post").get("requestBody").get("content").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("application/json", "text/csv", "application/edifact");
        JsonNode revision =
                document.get("paths").get("/api/v1/flights/{flightId}/manifests/{revision}");
        assertThat(revision.get("get").get("responses").get("200").get("content").fieldNames())
                .toIterable()
                .contains("application/json", "application/edifact");
    }
}
