package org.evac.manifest.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

/**
 * Who is calling: coordinators and admins act for every operator (viewers read counts of every
 * operator), a charter operator only for the operator code named in its token's {@code operator}
 * claim.
 */
@RequestScoped
public class Caller {

    public static final String OPERATOR_CLAIM = "operator";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The operator code the caller is confined to, or empty when the caller sees every operator.
     */
    public Optional<String> confinedToOperator() {
        if (!identity.hasRole(Roles.OPERATOR)
                || identity.hasRole(Roles.COORDINATOR)
                || identity.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        String code = token.getClaim(OPERATOR_CLAIM);
        if (code == null || code.isBlank()) {
            throw new ProblemException(
                    Problem.of(
                            403,
                            "operator-claim-missing",
                            "Forbidden",
                            "An operator token must name its operator code in the '"
                                    + OPERATOR_CLAIM
                                    + "' claim"));
        }
        return Optional.of(code);
    }

    public boolean mayActFor(String operatorCode) {
        return confinedToOperator().map(operatorCode::equals).orElse(true);
    }
}
