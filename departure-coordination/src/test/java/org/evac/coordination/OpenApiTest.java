package org.evac.coordination;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every operation has its agreed operationId, is tagged, summarised, secured and names its roles;
 * every response written here has an example and every success body a schema; the event stream is
 * marked for client generators.
 */
@QuarkusTest
class OpenApiTest {

    private static final Map<String, String> OPERATION_IDS =
            Map.ofEntries(
                    Map.entry("GET /api/v1/admin/read-models", "getCoordinationReadModels"),
                    Map.entry(
                            "POST /api/v1/admin/read-models/replay",
                            "replayCoordinationReadModels"),
                    Map.entry("POST /api/v1/allocations", "applyAllocation"),
                    Map.entry("POST /api/v1/allocations/plans", "planAllocation"),
                    Map.entry("POST /api/v1/campaigns", "startCampaign"),
                    Map.entry("GET /api/v1/campaigns/{campaignId}", "getCampaign"),
                    Map.entry("GET /api/v1/flights/{flightId}/seats", "getFlightSeats"),
                    Map.entry(
                            "PUT /api/v1/households/{householdId}/split-permission",
                            "permitHouseholdSplit"),
                    Map.entry(
                            "DELETE /api/v1/households/{householdId}/split-permission",
                            "revokeHouseholdSplit"),
                    Map.entry("GET /api/v1/journeys/{personId}", "getJourney"),
                    Map.entry("POST /api/v1/journeys/{personId}/transitions", "transitionJourney"),
                    Map.entry("POST /api/v1/offers", "makeOffer"),
                    Map.entry("GET /api/v1/offers", "listOffers"),
                    Map.entry("GET /api/v1/offers/{offerId}", "getOffer"),
                    Map.entry("POST /api/v1/offers/{offerId}/acceptance", "acceptOffer"),
                    Map.entry("POST /api/v1/offers/{offerId}/declination", "declineOffer"),
                    Map.entry("POST /api/v1/offers/{offerId}/withdrawal", "withdrawOffer"),
                    Map.entry("GET /api/v1/statistics", "getCoordinationStatistics"),
                    Map.entry("GET /api/v1/statistics/stream", "streamCoordinationStatistics"));

    private static JsonPath openApi() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsEveryOperationWithItsIdExamplesSchemasAndRoles() {
        Map<String, Map<String, Map<String, Object>>> paths = openApi().getMap("paths");
        Map<String, String> operationIds = new TreeMap<>();
        paths.forEach(
                (path, operations) ->
                        operations.forEach(
                                (method, operation) -> {
                                    String name = method.toUpperCase() + " " + path;
                                    operationIds.put(name, (String) operation.get("operationId"));
                                    assertThat((Iterable<Object>) operation.get("tags"))
                                            .as(name)
                                            .isNotEmpty();
                                    assertThat((String) operation.get("summary"))
                                            .as(name)
                                            .containsPattern("Roles?: ");
                                    assertThat((String) operation.get("description"))
                                            .as(name)
                                            .isNotBlank();
                                    assertThat((Iterable<Object>) operation.get("security"))
                                            .as(name)
                                            .isNotEmpty();
                                    Map<String, Map<String, Object>> responses =
                                            (Map<String, Map<String, Object>>)
                                                    operation.get("responses");
                                    responses.forEach(
                                            (status, response) -> {
                                                // Shared responses are references to components.
                                                if (status.equals("204")
                                                        || response.containsKey("$ref")) {
                                                    return;
                                                }
                                                assertThat(response.toString())
                                                        .as(name + " " + status)
                                                        .contains("examples");
                                                if (status.startsWith("2")) {
                                                    assertThat(response.toString())
                                                            .as(name + " " + status)
                                                            .contains("schema");
                                                }
                                            });
                                }));
        assertThat(operationIds).isEqualTo(new TreeMap<>(OPERATION_IDS));
    }

    @Test
    void declaresTheStatisticsStreamAsServerSentEventsLeftOutOfClients() {
        JsonPath stream = openApi().setRootPath("paths.'/api/v1/statistics/stream'.get");
        assertThat(stream.getString("'x-evac-streaming'")).isEqualTo("true");
        assertThat(stream.getMap("responses.'200'.content")).containsOnlyKeys("text/event-stream");
        assertThat(stream.getString("responses.'200'.content.'text/event-stream'.schema.type"))
                .isEqualTo("string");
    }

    @Test
    void closedSetsAreEnumerations() {
        JsonPath schemas = openApi().setRootPath("components.schemas");
        assertThat(schemas.getList("CampaignRequest.properties.province.enum"))
                .hasSize(34)
                .contains("AF-KAB");
        assertThat(schemas.getList("ProvinceCount.properties.province.enum")).contains("UNKNOWN");
        assertThat(schemas.getList("FlightSeats.properties.status.enum"))
                .contains("SCHEDULED", "CANCELLED");
        assertThat(schemas.getList("EligibleCategory.enum"))
                .containsExactly("US_CITIZEN", "LAWFUL_PERMANENT_RESIDENT", "IMMEDIATE_RELATIVE");
        assertThat(schemas.getList("Priority.enum")).hasSize(5);
        assertThat(schemas.getList("PlacementOutcome.enum"))
                .containsExactly("KEPT", "ASSIGNED", "MOVED", "UNASSIGNED");
    }
}
