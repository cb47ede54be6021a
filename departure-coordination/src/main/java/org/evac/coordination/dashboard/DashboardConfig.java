package org.evac.coordination.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "evac.dashboard")
public interface DashboardConfig {

    /** How long changes are gathered before the figures are recomputed and pushed. */
    @WithDefault("250ms")
    Duration debounce();

    /** Interval of the keep-alive push on idle streams, so proxies do not close them. */
    @WithDefault("15s")
    Duration keepAlive();

    /** Where the page logs in; without an issuer it asks for a pasted token instead. */
    Login login();

    interface Login {

        /**
         * The OpenID provider's issuer URL as browsers reach it, e.g. {@code
         * https://id.example.org/realms/evac}; the page reads its discovery document.
         */
        Optional<URI> issuer();

        /** The provider's public client for the dashboard (authorization code with PKCE). */
        @WithDefault("evac-dashboard")
        String clientId();
    }
}
