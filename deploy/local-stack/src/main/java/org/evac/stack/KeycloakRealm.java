package org.evac.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code evac} realm as the local stack runs it ({@code deploy/keycloak/evac-realm.json}):
 * where it answers, what the services need to trust its tokens, and the demo logins it holds.
 *
 * @param port Keycloak's HTTP port on localhost
 */
record KeycloakRealm(int port) {

    static final int DEFAULT_PORT = 18080;

    /** Every demo user's password (local stack only; the production realm holds no users). */
    static final String DEMO_PASSWORD = "evac-demo";

    /** The confidential client of charter operator QR's manifest system (client credentials). */
    static final String OPERATOR_CLIENT = "evac-operator-qr";

    static final String OPERATOR_CLIENT_SECRET = "evac-operator-qr-demo-secret";
    static final String DASHBOARD_CLIENT = "evac-dashboard";

    /** The audience every evac client's access tokens carry and the services require. */
    static final String AUDIENCE = "evac-api";

    static KeycloakRealm local() {
        return new KeycloakRealm(DEFAULT_PORT);
    }

    static Path file(Path root) {
        return root.resolve("deploy/keycloak/evac-realm.json");
    }

    String name() {
        return "evac";
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String issuer() {
        return baseUrl() + "/realms/" + name();
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /**
     * What every service is started with instead of the demo key: Keycloak's JWKS (keys are
     * fetched, cached and refetched on an unknown key id, so rotation needs no restart), its issuer
     * and the evac audience; the dashboard logs in at the same issuer.
     */
    Map<String, String> serviceEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                issuer() + "/protocol/openid-connect/certs",
                "MP_JWT_VERIFY_ISSUER",
                issuer(),
                "MP_JWT_VERIFY_AUDIENCES",
                AUDIENCE,
                "EVAC_DASHBOARD_LOGIN_ISSUER",
                issuer(),
                "EVAC_DASHBOARD_LOGIN_CLIENT_ID",
                DASHBOARD_CLIENT);
    }

    /** The banner's Keycloak section, in place of the demo tokens. */
    String describe(Path dataDirectory) {
        return String.format(
                """
                Keycloak                %s  (admin console: admin / %s)
                  Dashboard login       http://localhost:8082/dashboard/ as cora.coordinator, vera.viewer or
                                        ada.admin, password %s (omar.operator, of operator QR, has no
                                        dashboard role: operators use the flight-manifest API)
                  Operator QR's system  curl -u %s:%s -d grant_type=client_credentials \\
                                          %s
                  Services trust only this realm's tokens (issuer %s, audience %s).
                """,
                baseUrl(),
                KeycloakProcess.adminPassword(dataDirectory),
                DEMO_PASSWORD,
                OPERATOR_CLIENT,
                OPERATOR_CLIENT_SECRET,
                tokenEndpoint(),
                issuer(),
                AUDIENCE);
    }
}
