package org.evac.infrastructure.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.evac.infrastructure.security.Roles;

/**
 * The ledger over HTTP: a POST with an effect (for retries) and typed parameters (for refusals).
 */
@Path("/api/v1/ledgers/{account}/entries")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final LedgerService ledger;

    public LedgerResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    public Response record(
            @PathParam("account") String account,
            @NotNull @Valid EntryRequest request,
            @QueryParam("gated") @DefaultValue("false") boolean gated,
            @Context UriInfo uri)
            throws InterruptedException {
        UUID eventId = ledger.record(account, request.sequence());
        if (gated) {
            Gate.pass(account); // keeps the transaction open, as a slow request would
        }
        return Response.created(uri.getAbsolutePathBuilder().path(eventId.toString()).build())
                .entity(new Recorded(eventId, account, request.sequence(), request.kind()))
                .build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public Count count(
            @PathParam("account") String account,
            @QueryParam("kind") Kind kind,
            @QueryParam("size") @DefaultValue("10") int size) {
        return new Count(account, ledger.entries(account));
    }

    public enum Kind {
        CREDIT,
        DEBIT
    }

    public record EntryRequest(@Min(1) long sequence, @NotNull Kind kind, String memo) {}

    public record Recorded(UUID eventId, String account, long sequence, Kind kind) {}

    public record Count(String account, long entries) {}
}
