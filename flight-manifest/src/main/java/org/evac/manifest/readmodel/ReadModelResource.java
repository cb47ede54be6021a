package org.evac.manifest.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/admin/read-models")
@Tag(
        name = "Administration",
        description = "Rebuilding the registry and seat read models from the event topics")
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelResource {

    private final ReadModelReplay replay;

    public ReadModelResource(ReadModelReplay replay) {
        this.replay = replay;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "getManifestReadModels",
            summary = "Read the lag of the read-model consumers",
            description =
                    "How many records the registry and seat read-model consumers are behind their"
                            + " topics; 0 for both once a replay has caught up.")
    @APIResponse(
            responseCode = "200",
            description = "Lag per consumer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReplayStatus.class),
                            examples = @ExampleObject(name = "caught-up", value = Examples.LAG)))
    public ReplayStatus status() {
        return new ReplayStatus(replay.lag());
    }

    @POST
    @Path("replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "replayManifestReadModels",
            summary = "Rebuild the read models from their topics",
            description =
                    "Empties the registry and seat read models and rewinds their consumers to the"
                            + " first offset of their topics; answers once both are rewound, with the"
                            + " lag still to consume. Poll getManifestReadModels until the lag is 0."
                            + " Manifests, boarding records and stored check results are not touched.")
    @APIResponse(
            responseCode = "202",
            description = "Consumers rewound; rebuilding",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReplayStatus.class),
                            examples =
                                    @ExampleObject(name = "rebuilding", value = Examples.REPLAY)))
    @APIResponse(
            responseCode = "503",
            description = "The consumers did not rewind in time",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "not-started",
                                            value = Examples.NOT_STARTED)))
    public Response replay() {
        return Response.accepted(new ReplayStatus(replay.rewind())).build();
    }

    @Schema(name = "ReadModelStatus", description = "The lag of each read-model consumer")
    public record ReplayStatus(List<ReadModelReplay.ConsumerLag> consumers) {}
}
