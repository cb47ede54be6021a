package org.evac.registry.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/messages")
@Tag(name = "Messages", description = "SMS and email to the persons, and their replies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SentMessageResource {

    private final MessagingService service;

    public SentMessageResource(MessagingService service) {
        this.service = service;
    }

    @GET
    @Path("{messageId}")
    @Operation(
            operationId = "getMessage",
            summary = "Read one message sent to a person. Roles: coordinator, admin",
            description = "The message with its state, tries and, once final, when it ended")
    @APIResponse(
            responseCode = "200",
            description = "The message",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageView.class),
                            examples = @ExampleObject(name = "200", value = Examples.MESSAGE)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown message",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.MESSAGE_NOT_FOUND)))
    public MessageView message(@PathParam("messageId") UUID messageId) {
        return service.message(messageId)
                .orElseThrow(() -> MessagingProblems.messageNotFound(messageId));
    }
}
