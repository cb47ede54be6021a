package org.evac.registry.fingerprint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/admin/fingerprints")
@Tag(name = "Fingerprints", description = "The identity fingerprints shared with flight-manifest")
@Produces(MediaType.APPLICATION_JSON)
public class FingerprintResource {

    private static final String STATUS =
            """
            {"currentKeyId": "k2", "acceptedKeyIds": ["k2", "k1"], "scheme": 2,
             "persons": {"k1/scheme-1": 48210, "k2/scheme-2": 1790},
             "lastRun": {"keyId": "k2", "scheme": 2, "startedAt": "2021-09-01T08:00:00Z", "republished": 1500}}""";

    private final FingerprintRepublisher republisher;

    public FingerprintResource(FingerprintRepublisher republisher) {
        this.republisher = republisher;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "getFingerprintStatus",
            summary = "Fingerprint keys, scheme, and persons by the key they were published under",
            description =
                    "During a rotation: when every person is under the current key and scheme and"
                            + " flight-manifest has consumed the events, the previous key can go")
    @APIResponse(
            responseCode = "200",
            description = "The status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FingerprintStatus.class),
                            examples = @ExampleObject(name = "200", value = STATUS)))
    public FingerprintStatus status() {
        return republisher.status();
    }

    @POST
    @Path("republish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "republishFingerprints",
            summary = "Republish every person's fingerprints under the current key and scheme",
            description =
                    "Starts a background run (unless one is going) over the persons published"
                            + " under another key or scheme; poll getFingerprintStatus")
    @APIResponse(
            responseCode = "202",
            description = "Started, or already running",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FingerprintStatus.class),
                            examples = @ExampleObject(name = "202", value = STATUS)))
    public Response republish() {
        return Response.accepted(republisher.start()).build();
    }
}
