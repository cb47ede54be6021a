package org.evac.coordination.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * {@code GET /dashboard/login.json}: how the static page logs in, read by it before anything else.
 * {@code {"issuer": "...", "clientId": "..."}} when an OpenID provider is configured, {@code {}}
 * when the page is to ask for a pasted token. Part of the public page like its scripts (no data, no
 * roles), so it is served next to them and is not an API operation.
 */
@ApplicationScoped
public class DashboardLogin {

    static final String PATH = "/dashboard/login.json";

    private final String body;

    public DashboardLogin(DashboardConfig config, ObjectMapper json)
            throws JsonProcessingException {
        DashboardConfig.Login login = config.login();
        this.body =
                json.writeValueAsString(
                        login.issuer()
                                .map(
                                        issuer ->
                                                Map.of(
                                                        "issuer",
                                                        issuer.toString(),
                                                        "clientId",
                                                        login.clientId()))
                                .orElse(Map.of()));
    }

    void install(@Observes Router router) {
        router.get(PATH)
                .handler(
                        context ->
                                context.response()
                                        .putHeader("Content-Type", "application/json")
                                        .putHeader("Cache-Control", "no-store")
                                        .end(body));
    }
}
