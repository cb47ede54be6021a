package org.evac.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real SMSC (SMPP 3.4 simulator) and a real SMTP server on
 * loopback, started once per test JVM; tests reach them through {@link SmscControl} and {@link
 * MailControl}.
 */
public class MessagingServersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return MessagingServers.config();
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: every test class of the module shares them.
    }
}
