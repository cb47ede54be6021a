package org.evac.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the local stack was asked to do, parsed from the command line. */
public record StackOptions(
        Path root,
        Path dataDirectory,
        boolean reset,
        boolean infrastructureOnly,
        boolean seed,
        boolean freePorts,
        Map<String, Integer> instances,
        boolean keycloak,
        List<String> tokenArguments) {

    static final int MAX_INSTANCES = 9;

    static final String USAGE =
            """
            usage: deploy/local-stack/evac-stack.sh [--reset] [--infra-only] [--seed] [--keycloak] [--data DIR]
                                                    [--instances SERVICE=N]... [--free-ports]
                   deploy/local-stack/evac-stack.sh token --user NAME --roles ROLE[,ROLE] [--operator CODE] [--hours H]

              --reset         delete the data directory (databases, Kafka log, keys) before starting
              --infra-only    start only PostgreSQL (15432) and Kafka (19092), e.g. for ./mvnw quarkus:dev
              --seed          load the demo data set once the services are ready
              --keycloak      also start Keycloak (18080) with the evac realm; the services then trust
                              only its tokens and the dashboard logs in there
              --data DIR      keep the data in DIR instead of deploy/local-stack/data
              --instances SERVICE=N
                              run N instances of a service (1 to 9) in its consumer groups, instance n
                              on the service's port + 100 × (n − 1), e.g. flight-manifest=2: 8083, 8183
              --free-ports    listen on free ports instead of the fixed ones (printed when ready;
                              Keycloak stays on 18080, which its realm's redirect addresses name)
              token           print a bearer token signed with this stack's key
            """;

    public StackOptions {
        instances = Map.copyOf(instances);
        tokenArguments = tokenArguments == null ? null : List.copyOf(tokenArguments);
    }

    /** The default stack in {@code dataDirectory}: one instance of each service, fixed ports. */
    public static StackOptions defaults(Path root, Path dataDirectory) {
        return new StackOptions(
                root, dataDirectory, false, false, false, false, Map.of(), false, null);
    }

    static StackOptions parse(Path root, String[] args) {
        boolean reset = false;
        boolean infraOnly = false;
        boolean seed = false;
        boolean freePorts = false;
        Map<String, Integer> instances = new LinkedHashMap<>();
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
                case "--free-ports" -> freePorts = true;
                case "--data" -> data = Path.of(value(args, ++i, "--data needs a directory"));
                case "--instances" -> {
                    String[] count = value(args, ++i, "--instances needs SERVICE=N").split("=", 2);
                    instances.put(count[0], instanceCount(count));
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
        return new StackOptions(
                root,
                data.toAbsolutePath(),
                reset,
                infraOnly,
                seed,
                freePorts,
                instances,
                keycloak,
                token);
    }

    /** How many instances of {@code service} to run. */
    public int instancesOf(String service) {
        return instances.getOrDefault(service, 1);
    }

    /** The same options with {@code count} instances of {@code service}. */
    public StackOptions withInstances(String service, int count) {
        Map<String, Integer> more = new LinkedHashMap<>(instances);
        more.put(service, count);
        return new StackOptions(
                root,
                dataDirectory,
                reset,
                infrastructureOnly,
                seed,
                freePorts,
                more,
                keycloak,
                tokenArguments);
    }

    /** The same options on free ports. */
    public StackOptions onFreePorts() {
        return new StackOptions(
                root,
                dataDirectory,
                reset,
                infrastructureOnly,
                seed,
                true,
                instances,
                keycloak,
                tokenArguments);
    }

    boolean isTokenCommand() {
        return tokenArguments != null;
    }

    private static String value(String[] args, int index, String missing) {
        if (index >= args.length) {
            throw new IllegalArgumentException(missing);
        }
        return args[index];
    }

    private static int instanceCount(String[] serviceAndCount) {
        String service = serviceAndCount[0];
        if (!Ports.SERVICES.containsKey(service)) {
            throw new IllegalArgumentException(
                    "--instances: no service named "
                            + service
                            + " (one of "
                            + String.join(", ", Stack.SERVICES)
                            + ")");
        }
        try {
            int count = Integer.parseInt(serviceAndCount.length == 2 ? serviceAndCount[1] : "");
            if (count >= 1 && count <= MAX_INSTANCES) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(
                "--instances " + service + "=N needs N from 1 to " + MAX_INSTANCES);
    }
}
