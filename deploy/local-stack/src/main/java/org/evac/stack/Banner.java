package org.evac.stack;

import java.time.Duration;
import java.util.List;

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

    static String render(Stack stack, Duration took) {
        StackOptions options = stack.options();
        StringBuilder out =
                new StringBuilder(
                        "\n=== evac local stack is ready (" + took.toSeconds() + " s) ===\n");
        out.append("PostgreSQL  jdbc:postgresql://localhost:")
                .append(stack.postgres().port())
                .append("/{registry,coordination,manifest}  user postgres / postgres\n");
        out.append("Kafka       ").append(stack.kafka().bootstrapServers()).append('\n');
        out.append("Data        ").append(options.dataDirectory()).append(" (logs in logs/)\n");
        if (!options.infrastructureOnly()) {
            out.append('\n');
            for (ServiceProcess service : stack.services()) {
                out.append(
                        String.format(
                                "%-25s API %s/api/v1  Swagger UI %s/q/swagger-ui  OpenAPI %s/q/openapi%n",
                                service.name(), service.url(), service.url(), service.url()));
            }
            out.append(
                    String.format(
                            "%-25s %s/dashboard/%n",
                            "Dashboard", stack.instances("departure-coordination").get(0).url()));
        }
        stack.messaging()
                .ifPresent(
                        messaging ->
                                out.append(
                                        String.format(
                                                "%-25s %s  (SMPP %d, SMTP %d)%n",
                                                "Phones and mailboxes",
                                                messaging.pageUrl(),
                                                messaging.ports().get(0),
                                                messaging.ports().get(1))));
        if (stack.keycloak().isPresent()) {
            out.append('\n')
                    .append(stack.keycloak().get().realm().describe(options.dataDirectory()));
        } else if (!options.infrastructureOnly()) {
            out.append(
                    "\nBearer tokens (12 h; more: deploy/local-stack/evac-stack.sh token --user NAME --roles ROLE):\n");
            for (DemoUser user : DEMO_USERS) {
                out.append("\n")
                        .append(user.name())
                        .append(" ")
                        .append(user.roles())
                        .append(user.operator() == null ? "" : " operator " + user.operator())
                        .append(":\n")
                        .append(stack.token(user.name(), user.roles(), user.operator()))
                        .append('\n');
            }
        }
        out.append("\nPress Ctrl-C to stop everything.\n");
        return out.toString();
    }

    record DemoUser(String name, List<String> roles, String operator) {}
}
