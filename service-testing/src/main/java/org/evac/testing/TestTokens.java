package org.evac.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Map;
import java.util.Set;

/**
 * Real RS256 tokens signed with the test JVM's key, for tests that check authentication end to end.
 */
public final class TestTokens {

    private TestTokens() {}

    public static String forRoles(String user, String... roles) {
        return withClaims(user, Map.of(), roles);
    }

    public static String withClaims(String user, Map<String, Object> claims, String... roles) {
        var builder =
                Jwt.issuer("evac").upn(user).subject(user).groups(Set.of(roles)).expiresIn(3600);
        claims.forEach(builder::claim);
        return builder.sign();
    }

    /** A token signed with the trusted key that expired an hour ago. */
    public static String expired(String user, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer("evac")
                .upn(user)
                .subject(user)
                .groups(Set.of(roles))
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign();
    }

    /** The same claims signed with a key the service does not trust. */
    public static String signedByStranger(String user, String... roles) throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.issuer("evac")
                .upn(user)
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
    }
}
