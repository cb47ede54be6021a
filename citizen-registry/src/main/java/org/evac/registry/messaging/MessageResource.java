package org.evac.registry.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;

@Path("/api/v1/persons")
@Tag(name = "Messages", description = "SMS and email to the persons, and their replies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class MessageResource {

    private final MessagingService service;

    public MessageResource(MessagingService service) {
        this.service = service;
    }

    @GET
    @Path("{personId}/messages")
    @Operation(
            operationId = "listPersonMessages",
            summary = "List the messages sent to a person, latest first. Roles: coordinator, admin",
            description =
                    "Every SMS and email the registry sent or queued for the person, with its state"
                            + " (QUEUED, SUBMITTING, SUBMITTED, DELIVERED, FAILED, EXPIRED, SKIPPED); texts are"
                            + " absent once the retention has passed")
    @APIResponse(
            responseCode = "200",
            description = "The messages",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = MessageView.class),
                            examples = @ExampleObject(name = "200", value = Examples.MESSAGES)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.PERSON_NOT_FOUND)))
    public List<MessageView> messages(@PathParam("personId") UUID personId) {
        return service.messagesOf(personId);
    }

    @GET
    @Path("{personId}/messaging")
    @Operation(
            operationId = "getMessagingSettings",
            summary = "How a person is written to. Roles: coordinator, admin",
            description =
                    "The preferred channel, the language, the addresses messages would go to now (in"
                            + " the order tried) and the addresses that opted out with STOP")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessagingSettings.class),
                            examples = @ExampleObject(name = "200", value = Examples.SETTINGS)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.PERSON_NOT_FOUND)))
    public MessagingSettings settings(@PathParam("personId") UUID personId) {
        return service.settings(personId);
    }

    @PUT
    @Path("{personId}/messaging")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setMessagingPreference",
            summary = "Set the channel a person is written on first. Roles: coordinator, admin",
            description =
                    "SMS or EMAIL is tried first; the other follows when the first has no address,"
                            + " opted out or fails. An opt-out (STOP) is the person's and is not changed here.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreferenceRequest.class),
                            examples =
                                    @ExampleObject(name = "request", value = Examples.PREFERENCE)))
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(
            responseCode = "404",
            description = "Unknown person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "404",
                                            value = Examples.PERSON_NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Merged person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    public void prefer(
            @PathParam("personId") UUID personId, @Valid @NotNull PreferenceRequest request) {
        service.prefer(personId, request.preferredChannel());
    }
}
