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
        List<String> tokenArguments) {

    static final String USAGE =
            """
            usage: deploy/local-stack/evac-stack.sh [--reset] [--infra-only] [--seed] [--data DIR]
                   deploy/local-stack/evac-stack.sh token --user NAME --roles ROLE[,ROLE] [--operator CODE] [--hours H]

              --reset       delete the data directory (databases, Kafka log, keys) before starting
              --infra-only  start only PostgreSQL (15432) and Kafka (19092), e.g. for ./mvnw quarkus:dev
              --seed        load the demo data set once the services are ready
              --data DIR    keep the data in DIR instead of deploy/local-stack/data
              token         print a bearer token signed with this stack's key
            """;

    static StackOptions parse(Path root, String[] args) {
        boolean reset = false;
        boolean infraOnly = false;
        boolean seed = false;
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
                case "--data" -> {
                    if (++i == args.length) {
                        throw new IllegalArgumentException("--data needs a directory");
                    }
                    data = Path.of(args[i]).toAbsolutePath();
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new StackOptions(root, data, reset, infraOnly, seed, token);
    }

    boolean isTokenCommand() {
        return tokenArguments != null;
    }
}
