package org.evac.infrastructure.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evac.infrastructure.logging.Redacted;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemMappers;
import org.evac.infrastructure.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Safe retries of every POST that carries an {@code Idempotency-Key} (IETF httpapi
 * idempotency-key-header draft semantics).
 *
 * <p>The request filter begins the transaction that the resource's services then join, takes an
 * advisory lock on (caller, operation, key) and looks for a stored response. The response filter
 * stores a successful response in that same transaction and commits, so the stored response exists
 * exactly when the effect does: a crash before the commit leaves neither, and the retry runs the
 * request afresh. A failed request (status 400 and above) rolls back and stores nothing, so its
 * retry runs again too. Work a service deliberately commits on its own ({@code REQUIRES_NEW}, such
 * as import chunks) is outside this guarantee and must be idempotent by itself.
 */
public class IdempotencyFilter {

    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
    private static final List<String> REPLAYED_HEADERS =
            List.of(
                    HttpHeaders.CONTENT_TYPE,
                    HttpHeaders.LOCATION,
                    HttpHeaders.ETAG,
                    HttpHeaders.LAST_MODIFIED,
                    "Retry-After");

    private final TransactionManager transactions;
    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    public IdempotencyFilter(
            TransactionManager transactions,
            IdempotencyStore store,
            SecurityIdentity identity,
            ObjectMapper mapper) {
        this.transactions = transactions;
        this.store = store;
        this.identity = identity;
        this.mapper = mapper;
    }

    @ServerRequestFilter
    /** Answers a replay or a refusal, or null to run the request in the begun transaction. */
    public Response begin(ContainerRequestContext request) throws Exception {
        String key = request.getHeaderString(IdempotencyKeys.HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (!IdempotencyKeys.valid(key)) {
            return problem(
                    Problem.of(
                                    400,
                                    ProblemTypes.INVALID_PARAMETER,
                                    "Invalid Idempotency-Key",
                                    "Idempotency-Key must be 1 to "
                                            + IdempotencyKeys.MAX_LENGTH
                                            + " printable ASCII characters")
                            .with("parameter", IdempotencyKeys.HEADER),
                    request);
        }
        if (identity.isAnonymous()) {
            return null; // refused as unauthenticated before anything happens
        }
        RequestKey scope =
                new RequestKey(
                        identity.getPrincipal().getName(),
                        request.getMethod() + " " + request.getUriInfo().getPath(),
                        key);
        MessageDigest digest = requestDigest(request);
        transactions.begin();
        try {
            if (!store.tryLock(scope)) {
                transactions.rollback();
                return problem(
                        Problem.of(
                                409,
                                ProblemTypes.IDEMPOTENCY_IN_PROGRESS,
                                "Request in progress",
                                "A request with this Idempotency-Key is still being"
                                        + " processed; retry later"),
                        request);
            }
            var stored = store.find(scope);
            if (stored.isPresent()) {
                byte[] hash = drain(request.getEntityStream(), digest);
                transactions.rollback();
                return Arrays.equals(hash, stored.get().requestHash())
                        ? stored.get().replay()
                        : problem(
                                Problem.of(
                                        422,
                                        ProblemTypes.IDEMPOTENCY_MISMATCH,
                                        "Idempotency-Key reused",
                                        "This Idempotency-Key was used for a different"
                                                + " request; use a new key for a new"
                                                + " request"),
                                request);
            }
            DigestInputStream body = new DigestInputStream(request.getEntityStream(), digest);
            request.setEntityStream(body);
            request.setProperty(PENDING, new Pending(scope, body));
            return null;
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response)
            throws SystemException {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        request.removeProperty(PENDING);
        if (response.getStatus() >= 400 || transactions.getStatus() != Status.STATUS_ACTIVE) {
            rollbackQuietly();
            return;
        }
        try {
            byte[] body = bytesOf(response);
            byte[] hash = drain(pending.body(), pending.body().getMessageDigest());
            store.save(
                    pending.scope(),
                    new StoredResponse(
                            hash, response.getStatus(), replayedHeaders(response), body));
            transactions.commit();
            response.setEntity(
                    body.length == 0 ? null : body,
                    response.getEntityAnnotations(),
                    response.getMediaType());
        } catch (Exception e) {
            rollbackQuietly();
            Log.errorf(
                    Redacted.of(e), "The effect of an idempotent request could not be committed");
            Problem failed =
                    Problem.of(
                            500,
                            ProblemTypes.INTERNAL,
                            "Internal error",
                            "The request could not be committed; retry with the same"
                                    + " Idempotency-Key");
            response.setStatus(500);
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.getHeaders().remove(HttpHeaders.ETAG);
            response.setEntity(
                    failed.at(request.getUriInfo().getPath()),
                    null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private byte[] bytesOf(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }

    private static Map<String, String> replayedHeaders(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /**
     * The hash covers everything that makes two requests the same request besides the key: the
     * query, the media type and the body.
     */
    private static MessageDigest requestDigest(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
            digest.update(
                    ((query == null ? "" : query) + '\n' + (type == null ? "" : type) + '\n')
                            .getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Reads the rest of the body into the digest; a reader that closed the body read it all. */
    private static byte[] drain(InputStream body, MessageDigest digest) {
        InputStream hashed =
                body instanceof DigestInputStream ? body : new DigestInputStream(body, digest);
        try (hashed) {
            hashed.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closedByItsReader) {
            // Jackson closes the body once it has read it to the end (trailing tokens are errors).
        }
        return digest.digest();
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            Log.warn("Rolling back an idempotent request failed", Redacted.of(e));
        }
    }

    private static Response problem(Problem problem, ContainerRequestContext request) {
        return ProblemMappers.respond(problem, request.getUriInfo());
    }

    private record Pending(RequestKey scope, DigestInputStream body) {}
}
