package org.evac.stack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs RS256 JWTs the services accept: issuer {@code evac}, roles in {@code groups}, optional
 * operator code.
 */
final class TokenMinter {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    TokenMinter(PrivateKey key) {
        this.key = key;
    }

    String mint(String user, List<String> roles, String operatorCode, Duration validity) {
        Instant now = Instant.now();
        String groups =
                roles.stream().map(role -> '"' + role + '"').collect(Collectors.joining(","));
        String operator = operatorCode == null ? "" : ",\"operator\":\"" + operatorCode + "\"";
        String claims =
                "{\"iss\":\"evac\",\"sub\":\""
                        + user
                        + "\",\"upn\":\""
                        + user
                        + "\",\"groups\":["
                        + groups
                        + "]"
                        + operator
                        + ",\"iat\":"
                        + now.getEpochSecond()
                        + ",\"exp\":"
                        + now.plus(validity).getEpochSecond()
                        + ",\"jti\":\""
                        + UUID.randomUUID()
                        + "\"}";
        String unsigned = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
