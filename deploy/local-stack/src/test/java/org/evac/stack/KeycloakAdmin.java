package org.evac.stack;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What the tests do to the running Keycloak, through its token endpoint and admin REST API as an
 * operator of the task force would: client-credentials tokens, token lifetimes, signing keys.
 */
final class KeycloakAdmin {

    private final KeycloakRealm realm = KeycloakRealm.local();
    private final Path dataDirectory;

    KeycloakAdmin(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** An access token of operator QR's system (client credentials grant). */
    String operatorSystemToken() {
        return given().auth()
                .preemptive()
                .basic(KeycloakRealm.OPERATOR_CLIENT, KeycloakRealm.OPERATOR_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post(realm.tokenEndpoint())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A refresh request with a refresh token: 200 while its session lives, 400 once ended. */
    int refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token")
                .formParam("client_id", KeycloakRealm.DASHBOARD_CLIENT)
                .formParam("refresh_token", refreshToken)
                .post(realm.tokenEndpoint())
                .statusCode();
    }

    void setAccessTokenLifespan(int seconds) {
        given().auth()
                .oauth2(adminToken())
                .contentType("application/json")
                .body(Map.of("accessTokenLifespan", seconds))
                .put(adminUrl(""))
                .then()
                .statusCode(204);
    }

    /** The key id of the active RS256 key with the highest priority: the one that signs now. */
    String signingKeyId() {
        JsonPath keys = given().auth().oauth2(adminToken()).get(adminUrl("/keys")).jsonPath();
        return keys.getString("active.RS256");
    }

    /**
     * Step 1 of the runbook: a new RSA key with a higher priority than the built-in one (100). It
     * signs from now on; the old key stays active, and so in the JWKS, until it is retired.
     */
    String addSigningKey(String name, int priority) {
        String realmId =
                given().auth().oauth2(adminToken()).get(adminUrl("")).then().extract().path("id");
        given().auth()
                .oauth2(adminToken())
                .contentType("application/json")
                .body(
                        Map.of(
                                "name",
                                name,
                                "providerId",
                                "rsa-generated",
                                "providerType",
                                "org.keycloak.keys.KeyProvider",
                                "parentId",
                                realmId,
                                "config",
                                Map.of(
                                        "priority", List.of(Integer.toString(priority)),
                                        "keySize", List.of("2048"),
                                        "algorithm", List.of("RS256"),
                                        "active", List.of("true"),
                                        "enabled", List.of("true"))))
                .post(adminUrl("/components"))
                .then()
                .statusCode(201);
        return signingKeyId();
    }

    /** The {@code kid} header of a JWT. */
    static String keyIdOf(String jwt) {
        String header =
                new String(
                        Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                        StandardCharsets.UTF_8);
        return new JsonPath(header).getString("kid");
    }

    private String adminToken() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", KeycloakProcess.adminPassword(dataDirectory))
                .post(realm.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private String adminUrl(String path) {
        return realm.baseUrl() + "/admin/realms/" + realm.name() + path;
    }
}
