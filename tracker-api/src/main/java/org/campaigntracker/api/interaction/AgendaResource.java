package org.campaigntracker.api.interaction;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.interaction.AgendaEntry;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;

/**
 * The meetings planned across the coalition, soonest first, from {@code from} (default today, or what fits before
 * a {@code to} given alone) to {@code to} (default 60 days later; at most 730 days after {@code from}), each with the double asks it would make. The same
 * for every role: no private notes, no attendees, and a person among the targets by function and organisation
 * only for partners.
 */
@Path("/api/v1/campaigns/{slug}/agenda")
@Produces(MediaType.APPLICATION_JSON)
public final class AgendaResource {

    static final int DEFAULT_DAYS = 60;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private final InteractionService interactions;
    private final StakeholderService stakeholders;
    private final MemberService members;
    private final DemandService demands;

    public AgendaResource(InteractionService interactions, StakeholderService stakeholders, MemberService members,
                          DemandService demands) {
        this.interactions = interactions;
        this.stakeholders = stakeholders;
        this.members = members;
        this.demands = demands;
    }

    public record Agenda(LocalDate from, LocalDate to, List<Entry> entries) {
    }

    public record Entry(long id, LocalDate occurredOn, String kind, String title, String status,
                        Long organisationId, String organisation, List<Target> targets, List<DemandRef> demands,
                        List<DoubleAskView> doubleAsks) {
    }

    /** {@code name} is null for a person when the caller is a partner. */
    public record Target(long stakeholderId, String kind, String name, String function, String organisation) {
    }

    public record DemandRef(long id, String code, String title) {
    }

    // Today, unless only a `to` is given that today cannot precede by at most 730 days: then what fits.
    private static LocalDate defaultFrom(LocalDate to) {
        LocalDate today = LocalDate.now();
        if (to == null) {
            return today;
        }
        LocalDate earliest = to.minusDays(730);
        if (today.isAfter(to)) {
            LocalDate before = to.minusDays(DEFAULT_DAYS);
            return before.isBefore(FIRST_DAY) ? FIRST_DAY : before;
        }
        return today.isBefore(earliest) ? earliest : today;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Agenda agenda(@Context SecurityContext sc, @QueryParam("from") LocalDate from,
                         @QueryParam("to") LocalDate to) {
        Caller caller = CallerPrincipal.of(sc);
        LocalDate first = from != null ? from : defaultFrom(to);
        LocalDate last = to != null ? to : min(first.plusDays(DEFAULT_DAYS), LAST_DAY);
        Names names = new Names(caller.campaignId(), stakeholders, members);
        boolean personal = caller.role().seesPersonalData();
        List<Entry> entries = new ArrayList<>();
        for (AgendaEntry e : interactions.agenda(caller.campaignId(), first, last)) {
            Interaction i = e.interaction();
            List<Target> targets = new ArrayList<>();
            for (long id : i.participantIds()) {
                Stakeholder s = names.stakeholder(id);
                if (s != null) {
                    targets.add(new Target(id, Wire.code(s.kind()), personal || s.isOrganisation() ? s.name() : null,
                            s.function(), s.organisationName()));
                }
            }
            List<DemandRef> discussed = new ArrayList<>();
            for (long id : i.demandIds()) {
                try {
                    Demand d = demands.demand(caller.campaignId(), id);
                    discussed.add(new DemandRef(d.id(), d.code(), d.title()));
                } catch (NotFoundException gone) {
                    // deleted since the agenda was read: nothing to show
                }
            }
            entries.add(new Entry(i.id(), i.occurredOn(), i.kind().code(), i.title(), i.status().code(),
                    i.organisationId(), e.organisation(), targets, discussed, DoubleAskView.all(e.doubleAsks())));
        }
        return new Agenda(first, last, entries);
    }
}
