package org.evac.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the local stack was asked to do, parsed from the command line. */
record StackOptions(
        Path root,
        Path dataDirectory,
        boolean reset,
        boolean infrastructureOnly,
        boolean seed,
        boolean keycloak,
        List<String> tokenArguments) {

    static final String USAGE =
            """
            usage: deploy/local-stack/evac-stack.sh [--reset] [--infra-only] [--seed] [--keycloak] [--data DIR]
                   deploy/local-stack/evac-stack.sh token --user NAME --roles ROLE[,ROLE] [--operator CODE] [--hours H]

              --reset       delete the data directory (databases, Kafka log, keys) before starting
              --infra-only  start only PostgreSQL (15432) and Kafka (19092), e.g. for ./mvnw quarkus:dev
              --seed        load the demo data set once the services are ready
              --keycloak    also start Keycloak (18080) with the evac realm; the services then trust
                            only its tokens and the dashboard logs in there
              --data DIR    keep the data in DIR instead of deploy/local-stack/data
              token         print a bearer token signed with this stack's key
            """;

    static StackOptions parse(Path root, String[] args) {
        boolean reset = false;
        boolean infraOnly = false;
        boolean seed = false;
        boolean keycloak = false;
        List<String> token = null;
        Path data = root.resolve("deploy/local-stack/data");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && arg.equals("token")) {
                token = new ArrayList<>(List.of(args).subList(1, args.length));
                break;
            }
            switch (arg) {
                case "--reset" -> reset = true;
                case "--infra-only" -> infraOnly = true;
                case "--seed" -> seed = true;
                case "--keycloak" -> keycloak = true;
                case "--data" -> {
                    if (++i == args.length) {
                        throw new IllegalArgumentException("--data needs a directory");
                    }
                    data = Path.of(args[i]).toAbsolutePath();
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (seed && keycloak) {
            // The seed signs its requests with the demo key, which the services refuse with
            // Keycloak.
            throw new IllegalArgumentException(
                    "--seed and --keycloak do not combine: seed once without --keycloak (the data"
                            + " stays), then start with --keycloak");
        }
        return new StackOptions(root, data, reset, infraOnly, seed, keycloak, token);
    }

    boolean isTokenCommand() {
        return tokenArguments != null;
    }
}
