package org.evac.registry.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LargeImportTest {

    private static final int ROWS = 100_000;

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void importsOneHundredThousandRowsWithACorrectReport() {
        Path file = GeneratedCsv.write(ROWS);
        int invalid = GeneratedCsv.expectedInvalid(ROWS);
        int duplicates = GeneratedCsv.expectedDuplicates(ROWS);

        String id =
                given().contentType("text/csv")
                        .body(file.toFile())
                        .queryParam("source", "STEP_ENROLMENT")
                        .queryParam("fileName", "step-export.csv")
                        .post("/api/v1/imports/csv")
                        .then()
                        .statusCode(201)
                        .body("totalRows", equalTo(ROWS))
                        .body("invalid", equalTo(invalid))
                        .body("duplicates", equalTo(duplicates))
                        .body("created", equalTo(ROWS - invalid - duplicates))
                        .extract()
                        .path("id");

        List<String> report =
                given().get("/api/v1/imports/" + id + "/report")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines()
                        .toList();
        assertThat(report).hasSize(ROWS + 1);
        assertThat(report.get(1000)).startsWith("1000,INVALID,");
        assertThat(report.get(500)).startsWith("500,DUPLICATE,");
        assertThat(report.get(ROWS - 1))
                .matches((ROWS - 1) + ",(CREATED|FLAGGED),[0-9a-f-]{36},,.*");
        assertThat(report.stream().skip(1).map(line -> line.split(",")[1]).distinct())
                .containsOnly("CREATED", "FLAGGED", "INVALID", "DUPLICATE");
    }
}
