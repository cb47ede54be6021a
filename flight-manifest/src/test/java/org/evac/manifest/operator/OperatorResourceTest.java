package org.evac.manifest.operator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorResourceTest {

    @Test
    void adminRegistersAnOperatorThatCoordinatorsCanRead() {
        String code = Fixtures.newOperator();

        Auth.coordinator()
                .get("/api/v1/operators/{code}", code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("icaoDesignator", equalTo("QTR"));
        Auth.coordinator()
                .get("/api/v1/operators")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void rejectsASecondOperatorWithTheSameCodeWith409() {
        String code = Fixtures.newOperator();

        Auth.admin()
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "iataDesignator", "QR", "name", "Again"))
                .post("/api/v1/operators")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo(code));
    }

    @Test
    void rejectsAnOperatorWithoutDesignatorWithFieldErrors() {
        Auth.admin()
                .contentType(ContentType.JSON)
                .body(Map.of("code", "x!", "name", "Nameless"))
                .post("/api/v1/operators")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("designated"));
    }

    @Test
    void onlyAdminsManageOperators() {
        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ", "iataDesignator", "ZZ", "name", "Z"))
                .post("/api/v1/operators")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/operators")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Auth.operator("ZZ").get("/api/v1/operators").then().statusCode(403);
    }

    @Test
    void adminUpdatesAnOperatorsContact() {
        String code = Fixtures.newOperator();

        Auth.admin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "code",
                                code,
                                "icaoDesignator",
                                "QTR",
                                "name",
                                "Renamed",
                                "contactPhone",
                                "+974 4000 0000"))
                .put("/api/v1/operators/{code}", code)
                .then()
                .statusCode(204);

        Auth.admin()
                .get("/api/v1/operators/{code}", code)
                .then()
                .body("name", equalTo("Renamed"))
                .body("contactPhone", equalTo("+974 4000 0000"));
        Auth.admin()
                .get("/api/v1/operators/{code}", "NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
