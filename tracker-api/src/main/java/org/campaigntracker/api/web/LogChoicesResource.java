package org.campaigntracker.api.web;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.stakeholder.StakeholderService;

/**
 * Everything the phone form suggests while a coordinator types, in one answer the form keeps on the device: every
 * stakeholder, member and active demand, in a few short fields. One request instead of twenty pages of 100
 * stakeholders, and the form keeps suggesting names when the network is gone.
 */
@Path("/api/v1/campaigns/{slug}/log-choices")
@Produces(MediaType.APPLICATION_JSON)
public final class LogChoicesResource {

    private final StakeholderService stakeholders;
    private final MemberService members;
    private final DemandService demands;

    public LogChoicesResource(StakeholderService stakeholders, MemberService members, DemandService demands) {
        this.stakeholders = stakeholders;
        this.members = members;
        this.demands = demands;
    }

    public record StakeholderChoice(long id, String kind, String label, String function, String category) {
    }

    public record MemberChoice(long id, String name) {
    }

    public record DemandChoice(long id, String code, String title) {
    }

    public record Choices(List<StakeholderChoice> stakeholders, List<MemberChoice> members,
                          List<DemandChoice> demands) {
    }

    @GET
    @Allow(COORDINATOR)
    public Choices choices(@Context SecurityContext sc) {
        long campaign = campaignId(sc);
        return new Choices(
                stakeholders.list(campaign).stream().map(s -> new StakeholderChoice(s.id(), Wire.code(s.kind()),
                        s.label(), s.function(), Wire.code(s.category()))).toList(),
                members.list(campaign).stream().map(m -> new MemberChoice(m.id(), m.displayName())).toList(),
                demands.demands(campaign).stream().filter(Demand::active)
                        .map(d -> new DemandChoice(d.id(), d.code(), d.title())).toList());
    }
}
