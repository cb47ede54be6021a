package org.evac.infrastructure.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemTypes;

/**
 * Refuses, before any routing, security or body reading, the requests no operation can serve: a
 * request line or headers larger than this service accepts (414, 431), a declared body larger than
 * the configured maximum (413), and a URI that is not valid percent-encoded UTF-8 or that carries a
 * NUL or control character (400), which must never reach a converter or the database.
 *
 * <p>Vert.x itself refuses request lines and headers beyond its own, higher limits ({@code
 * quarkus.http.limits.*}) with bodiless answers before any handler runs; those limits are set well
 * above these, so every request a real client sends gets a problem body.
 */
@ApplicationScoped
public class RequestGuard {

    /** Before Quarkus's own body-size check (order -2). */
    private static final int ORDER = -100;

    private final HttpLimits limits;
    private final ObjectMapper mapper;
    private final Optional<MemorySize> maxBodySize;

    public RequestGuard(
            HttpLimits limits,
            ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size")
                    Optional<MemorySize> maxBodySize) {
        this.limits = limits;
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        // Vert.x answers these itself when no handler runs: a path it cannot decode, no route.
        router.errorHandler(
                400,
                context ->
                        refuse(
                                context,
                                Problem.of(
                                        400,
                                        ProblemTypes.INVALID_ENCODING,
                                        "Invalid request URI",
                                        "The request URI cannot be decoded")));
        router.errorHandler(
                404,
                context ->
                        refuse(
                                context,
                                Problem.of(
                                        404,
                                        ProblemTypes.NOT_FOUND,
                                        "Not Found",
                                        "No resource exists at this path")));
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > limits.maxUriLength()) {
            refuse(
                    context,
                    Problem.of(
                            414,
                            ProblemTypes.URI_TOO_LONG,
                            "URI too long",
                            "The request URI exceeds " + limits.maxUriLength() + " characters"));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderSize().asLongValue()) {
            refuse(
                    context,
                    Problem.of(
                            431,
                            ProblemTypes.HEADERS_TOO_LARGE,
                            "Request headers too large",
                            "The request headers exceed "
                                    + limits.maxHeaderSize().asLongValue()
                                    + " bytes"));
            return;
        }
        Optional<String> badUri = UriCheck.problemWith(uri);
        if (badUri.isPresent()) {
            refuse(
                    context,
                    Problem.of(
                            400,
                            ProblemTypes.INVALID_ENCODING,
                            "Invalid request URI",
                            badUri.get()));
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && maxBodySize.isPresent()) {
            long declared = parse(length);
            if (declared > maxBodySize.get().asLongValue()) {
                refuse(context, BodyLimits.tooLarge(maxBodySize.get().asLongValue()).problem());
                return;
            }
        }
        context.next();
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always serialisable", e);
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        if (context.response().headWritten()) {
            return;
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(json(problem));
    }
}
