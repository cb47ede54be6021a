package org.evac.infrastructure.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The response to replay for a repeated request: status, the headers that matter, body bytes. */
record StoredResponse(byte[] requestHash, int status, Map<String, String> headers, byte[] body) {

    Response replay() {
        Response.ResponseBuilder response = Response.status(status);
        headers.forEach(response::header);
        return response.header(IdempotencyKeys.REPLAYED_HEADER, "true")
                .entity(body.length == 0 ? null : body)
                .build();
    }
}
