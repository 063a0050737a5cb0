package org.campaigntracker.core.brief;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.member.TrainingService;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.testimony.ConsentUse;

/** Gathers a briefing pack from the other features; reads only. */
public final class BriefingService implements Briefings {

    private static final int MAX_INTERACTIONS = 500;

    private final StakeholderService stakeholders;
    private final InteractionService interactions;
    private final MapService maps;
    private final CommitmentService commitments;
    private final PressService press;
    private final Stories stories;
    private final PositionService positions;
    private final DemandService demands;
    private final MemberService members;
    private final TrainingService trainings;
    private final StewardshipService stewardship;

    public BriefingService(StakeholderService stakeholders, InteractionService interactions, MapService maps,
                           CommitmentService commitments, PressService press, Stories stories,
                           PositionService positions, DemandService demands, MemberService members,
                           TrainingService trainings, StewardshipService stewardship) {
        this.stakeholders = stakeholders;
        this.interactions = interactions;
        this.maps = maps;
        this.commitments = commitments;
        this.press = press;
        this.stories = stories;
        this.positions = positions;
        this.demands = demands;
        this.members = members;
        this.trainings = trainings;
        this.stewardship = stewardship;
    }

    @Override
    public String render(Campaign campaign, long stakeholderId, LocalDate today, Locale locale,
                         BriefingFormat format) {
        return format.render(brief(campaign, stakeholderId, today, locale), locale);
    }

    public Briefing brief(Campaign campaign, long stakeholderId, LocalDate today, Locale locale) {
        long c = campaign.id();
        Stakeholder who = stakeholders.get(c, stakeholderId);
        List<Interaction> met = interactions.list(c, InteractionFilter.all().withStakeholder(stakeholderId)
                .withStatus(org.campaigntracker.core.interaction.InteractionStatus.HELD), Page.first(MAX_INTERACTIONS));
        // The window around the day, kept inside the dates a campaign holds: a pack prepared on the range's first
        // or last day (the API's as_of, the CLI's --on) is still a pack, not an error about a window nobody gave.
        CampaignDates.require("as_of", today);
        LocalDate from = today.minusDays(30).isBefore(CampaignDates.MIN) ? CampaignDates.MIN : today.minusDays(30);
        LocalDate to = today.plusYears(1).isAfter(CampaignDates.MAX) ? CampaignDates.MAX : today.plusYears(1);
        var planned = interactions.agenda(c, from, to).stream()
                .filter(e -> e.interaction().participantIds().contains(stakeholderId)).toList();
        return new Briefing(campaign.name(), today, who, stakeholders.history(c, stakeholderId),
                maps.pathsTo(c, stakeholderId, today, 3, locale), met,
                commitments.list(c, CommitmentStatus.open, stakeholderId, null),
                demands(c, stakeholderId), press.list(c, PressFilter.all().quoting(stakeholderId)),
                stories.usable(c, ConsentUse.BRIEFING, today, locale, true), attendees(c, met),
                stewardship.get(c, stakeholderId),
                stewardship.accessHistory(c, stakeholderId).stream().findFirst().orElse(null), planned);
    }

    private List<Briefing.DemandLine> demands(long campaignId, long stakeholderId) {
        Map<Long, Position> current = positions.current(campaignId).stream()
                .filter(p -> p.stakeholderId() == stakeholderId)
                .collect(Collectors.toMap(Position::demandId, Function.identity()));
        return demands.demands(campaignId).stream().filter(Demand::active)
                .map(d -> new Briefing.DemandLine(d, current.get(d.id()), !committed(current.get(d.id()))))
                .toList();
    }

    /** Committed verbally or better, and not backtracked: nothing left to ask. */
    private static boolean committed(Position p) {
        return p != null && Ledger.countsAsProgress(p.level())
                && Ledger.ORDER.compare(p.level(), PositionLevel.committed_verbally) >= 0;
    }

    private List<Briefing.Attendee> attendees(long campaignId, List<Interaction> met) {
        Map<Long, Long> meetings = met.stream().flatMap(i -> i.attendeeIds().stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        Map<Long, Member> members = this.members.list(campaignId).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        return meetings.entrySet().stream()
                .map(e -> Optional.ofNullable(members.get(e.getKey())).map(m -> new Briefing.Attendee(m.displayName(),
                        trainings.isTrained(campaignId, m.id()), e.getValue().intValue())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Briefing.Attendee::meetings).reversed()
                        .thenComparing(Briefing.Attendee::name))
                .toList();
    }
}
