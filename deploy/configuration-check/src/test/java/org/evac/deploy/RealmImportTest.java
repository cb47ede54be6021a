package org.evac.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.deploy.RenderedOverlay.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production realm (the Kubernetes KeycloakRealmImport) is the local stack's realm, which the
 * browser and rotation tests exercise, with only what must differ: public URLs over HTTPS, the
 * client secret from a Secret, and no demo users.
 */
class RealmImportTest {

    private static Map<String, Object> local;
    private static Map<String, Object> production;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readBoth() throws Exception {
        local =
                new ObjectMapper()
                        .readValue(
                                ServiceConfiguration.ROOT
                                        .resolve("deploy/keycloak/evac-realm.json")
                                        .toFile(),
                                Map.class);
        try (Reader reader =
                Files.newBufferedReader(
                        ServiceConfiguration.ROOT.resolve(
                                "deploy/kubernetes/base/keycloak/realm-import.yaml"))) {
            production = at(new Yaml().load(reader), "spec", "realm");
        }
    }

    @Test
    void sameRolesTokenSettingsAndUserProfile() {
        for (String key :
                List.of(
                        "realm",
                        "roles",
                        "components",
                        "accessTokenLifespan",
                        "revokeRefreshToken",
                        "bruteForceProtected",
                        "sslRequired",
                        "registrationAllowed")) {
            assertThat(production.get(key)).as(key).isEqualTo(local.get(key));
        }
    }

    @Test
    void sameClientsWithTheSameMappersAndFlows() {
        Map<String, Map<String, Object>> localClients = clients(local);
        Map<String, Map<String, Object>> productionClients = clients(production);

        assertThat(productionClients.keySet()).isEqualTo(localClients.keySet());
        localClients.forEach(
                (id, client) -> {
                    Map<String, Object> deployed = productionClients.get(id);
                    for (String key :
                            List.of(
                                    "publicClient",
                                    "standardFlowEnabled",
                                    "implicitFlowEnabled",
                                    "directAccessGrantsEnabled",
                                    "serviceAccountsEnabled",
                                    "protocolMappers",
                                    "webOrigins")) {
                        assertThat(deployed.get(key)).as(id + " " + key).isEqualTo(client.get(key));
                    }
                });
        Map<String, Object> dashboard = productionClients.get("evac-dashboard");
        assertThat((Map<String, Object>) at(dashboard, "attributes"))
                .containsEntry("pkce.code.challenge.method", "S256");
        assertThat((List<String>) at(dashboard, "redirectUris"))
                .allMatch(uri -> uri.startsWith("https://"));
        assertThat((String) at(productionClients.get("evac-operator-qr"), "secret"))
                .as("taken from a Secret through a placeholder")
                .startsWith("${");
    }

    @Test
    void productionHoldsNoPersonOnlyTheOperatorSystemsServiceAccount() {
        List<Map<String, Object>> users = at(production, "users");
        assertThat(users).allMatch(user -> user.containsKey("serviceAccountClientId"));
        assertThat(users).noneMatch(user -> user.containsKey("credentials"));
    }

    private static Map<String, Map<String, Object>> clients(Map<String, Object> realm) {
        List<Map<String, Object>> clients = at(realm, "clients");
        return clients.stream()
                .collect(Collectors.toMap(c -> (String) c.get("clientId"), Function.identity()));
    }
}
