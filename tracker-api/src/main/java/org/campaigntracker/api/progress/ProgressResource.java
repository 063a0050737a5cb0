package org.campaigntracker.api.progress;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.progress.Progress;
import org.campaigntracker.core.progress.ProgressService;

/** The dashboard a partner polls; its ETag is the campaign revision and day, so polling is cheap both ways. */
@Path("/api/v1/campaigns/{slug}/progress")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request) {
        Progress p = progress.progress(CallerPrincipal.of(sc).campaignId());
        EntityTag tag = new EntityTag("r" + p.revision() + "-" + p.asOf());
        return Etags.item(request, ProgressRepresentation.from(p), tag);
    }
}
