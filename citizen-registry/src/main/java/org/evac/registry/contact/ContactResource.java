package org.evac.registry.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.security.Roles;
import org.evac.registry.person.PersonRequest.ContactInput;
import org.evac.registry.person.PersonView.ContactView;

@Path("/api/v1/persons/{personId}")
@Tag(name = "Contacts", description = "How to reach a person, and every attempt to")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ContactResource {

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addContact",
            summary = "Add a contact channel",
            description = "Phones and messaging apps in E.164")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "request",
                                            value = Examples.CHANNEL_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new contact channel",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class),
                            examples = @ExampleObject(name = "201", value = Examples.CHANNEL)))
    @APIResponse(
            responseCode = "400",
            description = "Not E.164 or not an email",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Merged person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    public Response addChannel(
            @PathParam("personId") UUID personId,
            @Valid @NotNull ContactInput contact,
            @Context UriInfo uri) {
        ContactView added = service.addChannel(personId, contact);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added)
                .build();
    }

    @GET
    @Path("contacts")
    @Operation(
            operationId = "listContacts",
            summary = "List the contact channels of a person",
            description = "Every channel recorded for the person, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The channels",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ContactView.class),
                            examples = @ExampleObject(name = "200", value = Examples.CHANNELS)))
    public List<ContactView> channels(@PathParam("personId") UUID personId) {
        return service.channels(personId);
    }

    @DELETE
    @Path("contacts/{contactId}")
    @Operation(
            operationId = "removeContact",
            summary = "Remove a contact channel",
            description =
                    "Removes one contact channel of the person; the contact attempts made through it stay")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "409",
            description = "Merged person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    public void removeChannel(
            @PathParam("personId") UUID personId, @PathParam("contactId") UUID contactId) {
        service.removeChannel(personId, contactId);
    }

    @POST
    @Path("contact-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordContactAttempt",
            summary = "Record a contact attempt",
            description = "REACHED moves the person's lastReachedAt")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttemptRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "request",
                                            value = Examples.ATTEMPT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new contact attempt",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttemptView.class),
                            examples = @ExampleObject(name = "201", value = Examples.ATTEMPT)))
    @APIResponse(
            responseCode = "400",
            description = "Attempt in the future",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "400", value = Examples.INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "Merged person",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "409", value = Examples.MERGED)))
    public Response recordAttempt(
            @PathParam("personId") UUID personId,
            @Valid @NotNull AttemptRequest attempt,
            @Context UriInfo uri) {
        AttemptView recorded = service.recordAttempt(personId, attempt);
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build())
                .entity(recorded)
                .build();
    }

    @GET
    @Path("contact-attempts")
    @Operation(
            operationId = "listContactAttempts",
            summary = "List the contact attempts of a person, latest first",
            description = "Every attempt to reach the person, latest first")
    @APIResponse(
            responseCode = "200",
            description = "The attempts, latest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = AttemptView.class),
                            examples = @ExampleObject(name = "200", value = Examples.ATTEMPTS)))
    public List<AttemptView> attempts(@PathParam("personId") UUID personId) {
        return service.attempts(personId);
    }
}
