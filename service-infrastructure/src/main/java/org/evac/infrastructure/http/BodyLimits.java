package org.evac.infrastructure.http;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.problem.ProblemTypes;

/**
 * Every request body is read through {@link CheckedBody}: at most {@link
 * HttpLimits#maxJsonBodySize()} bytes of JSON (files may be as large as the HTTP layer accepts),
 * and textual bodies must be UTF-8 without NUL bytes, since PostgreSQL can store neither invalid
 * UTF-8 nor NUL and a string body would otherwise reach a parser with replacement characters.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {

    /** Resolved per request: the REST layer creates its interceptors before runtime config. */
    private final Instance<HttpLimits> limits;

    public BodyLimits(Instance<HttpLimits> limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && isJson(type);
        long limit = json ? limits.get().maxJsonBodySize().asLongValue() : Long.MAX_VALUE;
        context.setInputStream(new CheckedBody(context.getInputStream(), limit, isText(type)));
        return context.proceed();
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(
                Problem.of(
                        413,
                        ProblemTypes.PAYLOAD_TOO_LARGE,
                        "Request body too large",
                        "The request body exceeds " + limit + " bytes"));
    }

    static ProblemException invalidEncoding(String detail) {
        return new ProblemException(
                Problem.of(400, ProblemTypes.INVALID_ENCODING, "Invalid request body", detail));
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static boolean isText(MediaType type) {
        return type == null
                || type.getType().equals("text")
                || isJson(type)
                || type.getSubtype().equals("x-ndjson")
                || type.getSubtype().equals("edifact");
    }
}
