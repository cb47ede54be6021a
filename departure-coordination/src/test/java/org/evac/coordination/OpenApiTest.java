package org.evac.coordination;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation is tagged, summarised, secured, names its roles and has an example for every
 * response.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryOperationWithExamplesAndRoles() {
        JsonPath openApi =
                given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/v1/offers",
                        "/api/v1/campaigns",
                        "/api/v1/allocations",
                        "/api/v1/allocations/plans",
                        "/api/v1/journeys/{personId}",
                        "/api/v1/statistics",
                        "/api/v1/statistics/stream",
                        "/api/v1/admin/read-models/replay");
        paths.forEach(
                (path, operations) ->
                        operations.forEach(
                                (method, operation) -> {
                                    String name = method.toUpperCase() + " " + path;
                                    assertThat((Iterable<Object>) operation.get("tags"))
                                            .as(name)
                                            .isNotEmpty();
                                    assertThat((String) operation.get("summary"))
                                            .as(name)
                                            .containsPattern("Roles?: ");
                                    assertThat((Iterable<Object>) operation.get("security"))
                                            .as(name)
                                            .isNotEmpty();
                                    Map<String, Map<String, Object>> responses =
                                            (Map<String, Map<String, Object>>)
                                                    operation.get("responses");
                                    responses.forEach(
                                            (status, response) -> {
                                                if (!status.equals("204")) {
                                                    assertThat(response.toString())
                                                            .as(name + " " + status)
                                                            .contains("examples");
                                                }
                                            });
                                }));
    }
}
