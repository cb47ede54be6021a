package org.evac.infrastructure.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLatencyBucketsTest {

    @Test
    void requestLatenciesArePublishedWithTheBucketsTheSlowApiAlertNeeds() {
        given().when().get("/api/v1/probes").then().statusCode(401);

        String metrics =
                given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics.lines())
                .filteredOn(line -> line.startsWith("http_server_requests_seconds_bucket{"))
                .filteredOn(line -> line.contains("uri=\"/api/v1/probes\""))
                .extracting(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
                .contains("0.025", "0.25", "1.0", "10.0", "+Inf");
    }
}
