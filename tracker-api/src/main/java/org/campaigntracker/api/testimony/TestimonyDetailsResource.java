package org.campaigntracker.api.testimony;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import org.campaigntracker.api.audit.Audited;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyService;

/**
 * A testimony's consents (give, withdraw) and identity (read, record). The identity never travels with the
 * testimony: it is read here, on purpose, by advisers and coordinators, and each read is audited.
 */
// The class path stops at /testimonies: a class path ending in {testimonyId} would capture /testimonies/{id}.
@Path("/api/v1/campaigns/{slug}/testimonies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TestimonyDetailsResource {

    private final TestimonyService testimonies;
    private final Clock clock;

    public TestimonyDetailsResource(TestimonyService testimonies, Clock clock) {
        this.testimonies = testimonies;
        this.clock = clock;
    }

    @POST
    @Path("{testimonyId}/consents")
    @Allow(COORDINATOR)
    @Audited(value = "testimony_consent", action = "create")
    public Response giveConsent(@Context SecurityContext sc, @PathParam("testimonyId") long testimonyId,
                                ConsentRepresentation body) {
        Testimony t = testimonies.giveConsent(campaignId(sc), testimonyId, Wire.body(body).toDraft());
        return Response.ok(TestimonyRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @POST
    @Path("{testimonyId}/consents/withdrawal")
    @Allow(COORDINATOR)
    @Audited(value = "testimony_consent", action = "update")
    public Response withdrawConsent(@Context SecurityContext sc, @PathParam("testimonyId") long testimonyId,
                                    WithdrawalBody body) {
        WithdrawalBody b = Wire.body(body);
        Testimony t = testimonies.withdrawConsent(campaignId(sc), testimonyId,
                Wire.enumValue(ConsentUse.class, b.use(), "use"),
                b.withdrawnOn() == null ? LocalDate.now(clock) : b.withdrawnOn());
        return Response.ok(TestimonyRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @GET
    @Path("{testimonyId}/identity")
    @Allow({ADVISER, COORDINATOR})
    @Audited("testimony_identity")
    public IdentityRepresentation identity(@Context SecurityContext sc, @PathParam("testimonyId") long testimonyId) {
        return testimonies.identity(campaignId(sc), testimonyId).map(IdentityRepresentation::from)
                .orElseThrow(() -> new NotFoundException("testimony_identity", testimonyId));
    }

    @POST
    @Path("{testimonyId}/identity")
    @Allow(COORDINATOR)
    @Audited(value = "testimony_identity", action = "update")
    public IdentityRepresentation recordIdentity(@Context SecurityContext sc,
                                                 @PathParam("testimonyId") long testimonyId,
                                                 IdentityRepresentation body) {
        long c = campaignId(sc);
        testimonies.setIdentity(c, testimonyId, Wire.body(body).toDomain());
        return testimonies.identity(c, testimonyId).map(IdentityRepresentation::from).orElseThrow();
    }
}
