package org.evac.infrastructure.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.infrastructure.security.Roles;

/** Endpoints that exercise the shared security and problem mapping. */
@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public Probe list() {
        return new Probe("first", 1);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    public Probe create(@NotNull @Valid Probe probe) {
        return probe;
    }

    @GET
    @Path("/{name}")
    @RolesAllowed(Roles.COORDINATOR)
    public Probe get(@PathParam("name") String name) {
        throw ProblemException.notFound("Probe", name);
    }

    @GET
    @Path("/failure")
    @PermitAll
    public Probe fail() {
        throw new IllegalStateException("secret internals: password=hunter2");
    }

    public record Probe(@NotBlank String name, @Positive int count) {}
}
