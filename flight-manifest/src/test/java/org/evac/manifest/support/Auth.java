package org.evac.manifest.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.evac.infrastructure.security.Roles;
import org.evac.testing.TestTokens;

/** Requests carrying real signed tokens of each role. */
public final class Auth {

    private Auth() {}

    public static RequestSpecification admin() {
        return as(TestTokens.forRoles("admin-ops", Roles.ADMIN));
    }

    public static RequestSpecification coordinator() {
        return as(TestTokens.forRoles("coordinator-doha", Roles.COORDINATOR));
    }

    public static RequestSpecification viewer() {
        return as(TestTokens.forRoles("dashboard", Roles.VIEWER));
    }

    public static RequestSpecification operator(String operatorCode) {
        return as(
                TestTokens.withClaims(
                        "ops-" + operatorCode.toLowerCase(),
                        Map.of("operator", operatorCode),
                        Roles.OPERATOR));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
