package org.evac.registry.messaging.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.messaging.MessageView;
import org.evac.registry.messaging.MessagingProblems;
import org.evac.registry.messaging.OutboundMessage;
import org.evac.registry.messaging.reply.InboundMessage;

@Path("/api/v1/message-inbox")
@Tag(name = "Inbox", description = "Replies that need a coordinator")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class InboxResource {

    private final InboxService service;

    public InboxResource(InboxService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listInboxMessages",
            summary = "List the inbox, newest first. Roles: coordinator, admin",
            description =
                    "Messages from persons that were not read as an answer (status OPEN), or those"
                            + " already resolved (RESOLVED), with their text and why they landed here")
    @APIResponse(
            responseCode = "200",
            description = "One page of the inbox",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InboxPage.class),
                            examples = @ExampleObject(name = "200", value = Examples.PAGE)))
    public InboxPage list(
            @Parameter(description = "OPEN (default) or RESOLVED")
                    @QueryParam("status")
                    @DefaultValue("OPEN")
                    InboundMessage.Status status,
            @Parameter(description = "Page index from 0")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    int page,
            @Parameter(description = "Page size")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(200)
                    int size) {
        return service.list(status, page, size);
    }

    @GET
    @Path("{inboxMessageId}")
    @Operation(
            operationId = "getInboxMessage",
            summary = "Read one message of the inbox. Roles: coordinator, admin",
            description = "The message with its text, sender and, once resolved, the resolution")
    @APIResponse(
            responseCode = "200",
            description = "The message",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InboxItem.class),
                            examples = @ExampleObject(name = "200", value = Examples.ITEM)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown inbox message",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "404", value = Examples.NOT_FOUND)))
    public InboxItem get(@PathParam("inboxMessageId") UUID id) {
        return service.find(id).orElseThrow(() -> MessagingProblems.inboxMessageNotFound(id));
    }

    @POST
    @Path("{inboxMessageId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerInboxMessage",
            summary = "Text an answer to the sender of an inbox message. Roles: coordinator, admin",
            description =
                    "Queues an SMS to the number the message came from, framed in the person's language;"
                            + " the message stays in the inbox until resolved")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AnswerRequest.class),
                            examples = @ExampleObject(name = "request", value = Examples.ANSWER)))
    @APIResponse(
            responseCode = "201",
            description = "Answer queued",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the queued message",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageView.class),
                            examples = @ExampleObject(name = "201", value = Examples.ANSWER_SENT)))
    @APIResponse(
            responseCode = "400",
            description = "No text",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown inbox message",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "404", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "The number opted out, or belongs to no registered person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.OPTED_OUT)))
    public Response answer(
            @PathParam("inboxMessageId") UUID id,
            @Valid @NotNull AnswerRequest request,
            @Context UriInfo uri) {
        OutboundMessage answer = service.answer(id, request.text());
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("api/v1/messages")
                                .path(answer.id.toString())
                                .build())
                .entity(MessageView.of(answer))
                .build();
    }

    @POST
    @Path("{inboxMessageId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "resolveInboxMessage",
            summary = "Resolve an inbox message by hand. Roles: coordinator, admin",
            description =
                    "Records what was done about it (an offer accepted by phone, a question"
                            + " answered) and takes it out of the open inbox")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResolutionRequest.class),
                            examples =
                                    @ExampleObject(name = "request", value = Examples.RESOLUTION)))
    @APIResponse(
            responseCode = "200",
            description = "Resolved",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InboxItem.class),
                            examples = @ExampleObject(name = "200", value = Examples.RESOLVED)))
    @APIResponse(
            responseCode = "400",
            description = "No resolution",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown inbox message",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "404", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "Resolved already",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "409",
                                            value = Examples.ALREADY_RESOLVED)))
    public InboxItem resolve(
            @PathParam("inboxMessageId") UUID id, @Valid @NotNull ResolutionRequest request) {
        return service.resolve(id, request.resolution());
    }
}
