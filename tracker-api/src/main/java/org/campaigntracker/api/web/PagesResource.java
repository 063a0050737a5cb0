package org.campaigntracker.api.web;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;

/**
 * What the pages need to know about the caller before anything else: the campaign's name, the token's role and which
 * pages that role may open. The roles per page mirror the API each page reads, so a page a token may open never fails
 * on a 403, and the navigation hides the others (the index says why).
 */
@Path("/api/v1/campaigns/{slug}/pages")
@Produces(MediaType.APPLICATION_JSON)
public final class PagesResource {

    /** The pages in navigation order, with the roles the API they read allows. */
    static final List<PageAccess> PAGES = List.of(
            new PageAccess("home", EnumSet.of(PARTNER, ADVISER, COORDINATOR)),
            new PageAccess("map", EnumSet.of(ADVISER, COORDINATOR)),
            new PageAccess("ledger", EnumSet.of(ADVISER, COORDINATOR)),
            new PageAccess("coverage", EnumSet.of(ADVISER, COORDINATOR)),
            new PageAccess("log", EnumSet.of(COORDINATOR)),
            new PageAccess("publish", EnumSet.of(COORDINATOR)));

    private final CampaignService campaigns;

    public PagesResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    record PageAccess(String name, Set<Role> roles) {
    }

    /** One page and whether the caller may open it. */
    public record PageJson(String name, boolean allowed) {
    }

    public record PagesJson(String campaign, String name, String objective, LocalDate deadline, String deadlineLabel,
                            String role, List<PageJson> pages) {
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public PagesJson pages(@Context SecurityContext sc) {
        Caller caller = CallerPrincipal.of(sc);
        Campaign campaign = campaigns.get(caller.campaignSlug());
        return new PagesJson(campaign.slug(), campaign.name(), campaign.objective(), campaign.deadline(),
                campaign.deadlineLabel(), caller.role().wire(),
                PAGES.stream().map(p -> new PageJson(p.name(), p.roles().contains(caller.role()))).toList());
    }
}
