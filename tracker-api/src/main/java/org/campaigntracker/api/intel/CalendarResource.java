package org.campaigntracker.api.intel;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.api.security.TokenInQuery;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.calendar.CalendarFeed;
import org.campaigntracker.core.common.Check;

/**
 * The campaign's iCalendar feed. Calendar applications subscribe to a URL and cannot send an Authorization header,
 * so this route alone also takes the token as {@code ?token=}.
 */
@Path("/api/v1/campaigns/{slug}/calendar.ics")
public final class CalendarResource {

    private final CampaignService campaigns;
    private final CalendarFeed feed;

    public CalendarResource(CampaignService campaigns, CalendarFeed feed) {
        this.campaigns = campaigns;
        this.feed = feed;
    }

    @GET
    @Produces("text/calendar; charset=utf-8")
    @Allow({ADVISER, COORDINATOR})
    @TokenInQuery
    public Response ics(@Context SecurityContext sc, @QueryParam("member") Long member) {
        Check.of().that(member == null || member > 0, "member", "format", "12").orThrow();
        String slug = CallerPrincipal.of(sc).campaignSlug();
        return Response.ok(feed.ics(campaigns.get(slug), member))
                .header("Content-Disposition", "inline; filename=\"" + slug + ".ics\"").build();
    }
}
