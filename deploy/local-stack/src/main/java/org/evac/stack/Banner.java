package org.evac.stack;

import java.time.Duration;
import java.util.List;
import org.evac.infrastructure.servers.KafkaServer;
import org.evac.infrastructure.servers.PostgresServer;

/**
 * What the stack prints once it is ready: where everything is and tokens to paste into Swagger UI.
 */
final class Banner {

    /** Demo users, one per role; the operator flies for the demo charter operator QR. */
    static final List<DemoUser> DEMO_USERS =
            List.of(
                    new DemoUser("cora.coordinator", List.of("coordinator"), null),
                    new DemoUser("omar.operator", List.of("operator"), "QR"),
                    new DemoUser("vera.viewer", List.of("viewer"), null),
                    new DemoUser("ada.admin", List.of("admin", "coordinator"), null));

    private Banner() {}

    static String render(
            StackOptions options,
            DemoKeys keys,
            PostgresServer postgres,
            KafkaServer kafka,
            Duration took) {
        StringBuilder out =
                new StringBuilder(
                        "\n=== evac local stack is ready (" + took.toSeconds() + " s) ===\n");
        out.append("PostgreSQL  jdbc:postgresql://localhost:")
                .append(postgres.port())
                .append("/{registry,coordination,manifest}  user postgres / postgres\n");
        out.append("Kafka       ").append(kafka.bootstrapServers()).append('\n');
        out.append("Data        ").append(options.dataDirectory()).append(" (logs in logs/)\n");
        if (!options.infrastructureOnly()) {
            out.append('\n');
            for (ServiceProcess service : LocalStack.SERVICES) {
                out.append(
                        String.format(
                                "%-23s API %s/api/v1  Swagger UI %s/q/swagger-ui  OpenAPI %s/q/openapi%n",
                                service.name(), service.url(), service.url(), service.url()));
            }
            out.append("Dashboard               http://localhost:8082/dashboard/\n");
            out.append("Phones and mailboxes    ")
                    .append(MessagingSimulators.pageUrl())
                    .append("  (SMPP 2775, SMTP 2525)\n");
            out.append(
                    "\nBearer tokens (12 h; more: deploy/local-stack/evac-stack.sh token --user NAME --roles ROLE):\n");
            TokenMinter minter = new TokenMinter(keys.privateKey());
            for (DemoUser user : DEMO_USERS) {
                out.append("\n")
                        .append(user.name())
                        .append(" ")
                        .append(user.roles())
                        .append(user.operator() == null ? "" : " operator " + user.operator())
                        .append(":\n")
                        .append(
                                minter.mint(
                                        user.name(),
                                        user.roles(),
                                        user.operator(),
                                        Duration.ofHours(12)))
                        .append('\n');
            }
        }
        out.append("\nPress Ctrl-C to stop everything.\n");
        return out.toString();
    }

    record DemoUser(String name, List<String> roles, String operator) {}
}
