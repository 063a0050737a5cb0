package org.campaigntracker.api.activity;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.activity.ActivityFilter;
import org.campaigntracker.core.activity.ActivityKind;
import org.campaigntracker.core.activity.ActivityService;

/** What happened, newest first; filters: kind, demand, stakeholder, from, to. */
@Path("/api/v1/campaigns/{slug}/activity")
@Produces(MediaType.APPLICATION_JSON)
public final class ActivityResource {

    private final ActivityService activity;

    public ActivityResource(ActivityService activity) {
        this.activity = activity;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("kind") String kind,
                         @QueryParam("demand") Long demand, @QueryParam("stakeholder") Long stakeholder,
                         @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Caller caller = CallerPrincipal.of(sc);
        Paging paging = Paging.of(limit, offset);
        ActivityFilter filter = new ActivityFilter(Wire.enumValue(ActivityKind.class, kind, "kind"), demand,
                stakeholder, from, to);
        return paging.respond(uri, activity.feed(caller.campaignId(), caller.role().seesPersonalData(), filter,
                paging.probe()), ActivityRepresentation::from);
    }
}
