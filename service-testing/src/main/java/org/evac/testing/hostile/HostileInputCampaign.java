package org.evac.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.evac.infrastructure.security.Roles;
import org.evac.testing.TestTokens;

/**
 * Hostile input generated from a running service's own OpenAPI document, sent to every operation:
 * no token, a forged and an expired token, every role the operation does not allow, and, with a
 * role it allows, every class of bad parameter, URI, header and body. Every answer must be a 4xx
 * {@code application/problem+json} of the expected status without internals, the allowed roles must
 * be exactly the documented ones, and no table of the service's database may change.
 *
 * <p>Use from a service's {@code @QuarkusTest}: {@code HostileInputCampaign.against(uri,
 * dataSource).run()}; it prints the cases tried per operation and returns them with every failure.
 */
public final class HostileInputCampaign {

    private static final List<String> ROLES =
            List.of(Roles.COORDINATOR, Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN);

    /**
     * The case classes every service's document gives rise to (it has secured operations and JSON
     * bodies): a campaign that sent fewer tested less than it claims.
     */
    public static final Set<String> CORE_CASE_CLASSES =
            Set.of(
                    "auth-none",
                    "auth-forged",
                    "auth-expired",
                    "uri-invalid-utf8",
                    "uri-nul",
                    "uri-too-long",
                    "headers-too-large",
                    "not-acceptable",
                    "method-not-allowed",
                    "body-malformed",
                    "body-array-for-object",
                    "body-wrong-type",
                    "body-deep-nesting",
                    "body-too-large",
                    "body-invalid-utf8",
                    "body-nul-byte",
                    "body-nul-escape",
                    "body-wrong-media-type");

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final List<String> INTERNALS =
            List.of("\tat ", "Exception", "org.evac.", "java.", "com.fasterxml", "io.quarkus");

    private final URI base;
    private final DataSource database;
    private final ObjectMapper mapper = new ObjectMapper();

    private HostileInputCampaign(URI base, DataSource database) {
        this.base = base;
        this.database = database;
    }

    public static HostileInputCampaign against(URI base, DataSource database) {
        return new HostileInputCampaign(base, database);
    }

    /** Sends every case and reports what was tried and every request that was mishandled. */
    public Report run() throws IOException, SQLException, InterruptedException {
        RawHttp http = new RawHttp(base.getHost(), base.getPort());
        JsonNode document =
                mapper.readTree(http.send("GET", "/q/openapi?format=json", Map.of(), null).body());
        CaseGenerator generator = new CaseGenerator(document);
        Map<String, String> before = quiescentChecksums();
        Map<String, Map<String, Integer>> tried = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                for (HostileCase hostile :
                        casesFor(generator, method.toUpperCase(), path.getKey(), operation)) {
                    tried.computeIfAbsent(name, n -> new TreeMap<>())
                            .merge(hostile.caseClass(), 1, Integer::sum);
                    check(http, name, hostile, failures);
                }
            }
            String unsupported =
                    METHODS.stream()
                            .filter(m -> path.getValue().path(m).isMissingNode())
                            .findFirst()
                            .orElse(null);
            if (unsupported != null) {
                String name = unsupported.toUpperCase() + " " + path.getKey();
                JsonNode any = path.getValue().elements().next();
                HostileCase wrongMethod =
                        generator.plain(
                                "method-not-allowed",
                                unsupported.toUpperCase(),
                                path.getKey(),
                                any,
                                Map.of(
                                        "Authorization",
                                        "Bearer "
                                                + TestTokens.forRoles(
                                                        "hostile-admin",
                                                        ROLES.toArray(String[]::new))),
                                Set.of(405));
                tried.computeIfAbsent(name, n -> new TreeMap<>())
                        .merge(wrongMethod.caseClass(), 1, Integer::sum);
                check(http, name, wrongMethod, failures);
            }
        }
        Map<String, String> after = TableChecksums.of(database);
        before.forEach(
                (table, sum) -> {
                    if (!sum.equals(after.get(table))) {
                        failures.add(
                                "table " + table + " changed: " + sum + " -> " + after.get(table));
                    }
                });
        print(tried);
        return new Report(tried, failures);
    }

    /**
     * The cases tried per operation (by case class) and one line per mishandled request: a wrong
     * status, a body that is not a problem, internals shown, a documented role refused, or a table
     * that changed.
     */
    public record Report(Map<String, Map<String, Integer>> tried, List<String> failures) {

        public int requests() {
            return tried.values().stream()
                    .flatMap(classes -> classes.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        /** The case classes sent to at least one operation. */
        public Set<String> caseClasses() {
            Set<String> classes = new TreeSet<>();
            tried.values().forEach(perOperation -> classes.addAll(perOperation.keySet()));
            return classes;
        }
    }

    private List<HostileCase> casesFor(
            CaseGenerator generator, String method, String path, JsonNode operation) {
        List<HostileCase> cases = new ArrayList<>();
        Set<String> allowed = allowedRoles(operation);
        if (allowed == null) {
            return cases; // not secured: health and the like
        }
        cases.add(generator.plain("auth-none", method, path, operation, Map.of(), Set.of(401)));
        cases.add(
                generator.plain(
                        "auth-forged", method, path, operation, bearer(forged()), Set.of(401)));
        cases.add(
                generator.plain(
                        "auth-expired",
                        method,
                        path,
                        operation,
                        bearer(
                                TestTokens.expired(
                                        "hostile-expired", allowed.toArray(String[]::new))),
                        Set.of(401)));
        for (String role : ROLES) {
            if (!allowed.contains(role)) {
                cases.add(
                        generator.plain(
                                "role-" + role,
                                method,
                                path,
                                operation,
                                bearer(token(role)),
                                Set.of(403)));
            }
        }
        String role =
                allowed.stream()
                        .filter(r -> !r.equals(Roles.OPERATOR))
                        .findFirst()
                        .orElse(Roles.OPERATOR);
        cases.addAll(generator.badInput(method, path, operation, token(role)));
        return cases;
    }

    private void check(RawHttp http, String operation, HostileCase hostile, List<String> failures)
            throws IOException {
        RawHttp.Answer answer =
                http.send(
                        hostile.method(),
                        hostile.pathAndQuery(),
                        hostile.headers(),
                        hostile.body());
        String where = operation + " [" + hostile.caseClass() + "] ";
        String type = answer.header("content-type");
        String body = answer.text();
        boolean authCase =
                hostile.caseClass().startsWith("auth-") || hostile.caseClass().startsWith("role-");
        if (!authCase && (answer.status() == 401 || answer.status() == 403)) {
            failures.add(where + "refused a documented role with " + answer.status());
            return;
        }
        if (!hostile.accepts(answer.status())) {
            failures.add(
                    where
                            + "answered "
                            + answer.status()
                            + ", expected "
                            + (hostile.expected().isEmpty() ? "4xx" : hostile.expected())
                            + ": "
                            + abbreviated(body));
            return;
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(where + answer.status() + " with content type " + type);
            return;
        }
        JsonNode problem;
        try {
            problem = mapper.readTree(answer.body());
        } catch (IOException e) {
            failures.add(
                    where
                            + answer.status()
                            + " with a body that is not JSON: "
                            + abbreviated(body));
            return;
        }
        if (!problem.path("type").isTextual()
                || !problem.path("title").isTextual()
                || problem.path("status").asInt() != answer.status()) {
            failures.add(
                    where
                            + "problem lacks type, title or the status "
                            + answer.status()
                            + ": "
                            + abbreviated(body));
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                failures.add(
                        where
                                + "problem shows internals ("
                                + internal.strip()
                                + "): "
                                + abbreviated(body));
            }
        }
    }

    private Map<String, String> quiescentChecksums() throws SQLException, InterruptedException {
        Map<String, String> previous = TableChecksums.of(database);
        for (int attempt = 0; attempt < 60; attempt++) {
            Thread.sleep(500);
            Map<String, String> current = TableChecksums.of(database);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new IllegalStateException(
                "The database never stopped changing; the campaign needs a quiet service");
    }

    private static Set<String> allowedRoles(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        security.forEach(
                requirement ->
                        requirement
                                .fields()
                                .forEachRemaining(
                                        scheme ->
                                                scheme.getValue()
                                                        .forEach(
                                                                role -> roles.add(role.asText()))));
        return roles;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String token(String role) {
        Map<String, Object> claims =
                role.equals(Roles.OPERATOR) ? Map.of("operator", "QTR") : Map.of();
        return TestTokens.withClaims("hostile-" + role, claims, role);
    }

    private static String forged() {
        try {
            return TestTokens.signedByStranger("hostile-forger", ROLES.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(Map<String, Map<String, Integer>> tried) {
        int total =
                tried.values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToInt(Integer::intValue)
                        .sum();
        StringBuilder report =
                new StringBuilder(
                        "Hostile input campaign: "
                                + total
                                + " requests to "
                                + tried.size()
                                + " operations\n");
        tried.forEach(
                (operation, classes) ->
                        report.append("  ")
                                .append(operation)
                                .append(": ")
                                .append(classes.values().stream().mapToInt(Integer::intValue).sum())
                                .append(" ")
                                .append(new LinkedHashMap<>(classes))
                                .append('\n'));
        System.out.println(report);
    }

    private static String abbreviated(String body) {
        String flat = body.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
