package org.campaigntracker.core.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.brief.BriefingDocument;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.interaction.AgendaEntry;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.PlanEntry;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.stewardship.RelationshipDue;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.store.Transactions;

/**
 * One member's week, in their language: what is theirs to do by Sunday (follow-ups, commitments to chase,
 * relationships past their cadence, late ones included), the campaign's milestones that week, and what the
 * campaign did the week before. A document of sections, rendered like briefings (Markdown or HTML).
 */
public final class DigestService implements Digests {

    /** At most this many interactions of the previous week are listed (the rest are counted). */
    static final int MAX_LAST_WEEK = 50;

    private final Transactions transactions;
    private final CampaignService campaigns;
    private final MemberService members;
    private final StakeholderService stakeholders;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final StewardshipService stewardship;
    private final PlanService plan;
    private final InteractionService interactions;

    public DigestService(Transactions transactions, CampaignService campaigns, MemberService members,
                         StakeholderService stakeholders, FollowUpService followUps, CommitmentService commitments,
                         StewardshipService stewardship, PlanService plan, InteractionService interactions) {
        this.transactions = transactions;
        this.campaigns = campaigns;
        this.members = members;
        this.stakeholders = stakeholders;
        this.followUps = followUps;
        this.commitments = commitments;
        this.stewardship = stewardship;
        this.plan = plan;
        this.interactions = interactions;
    }

    /** The document and the language it is written in (the member's). */
    public record Digest(Locale locale, BriefingDocument document) {
    }

    @Override
    public String render(long campaignId, long memberId, LocalDate day, Locale fallback, BriefingFormat format) {
        Digest digest = digest(campaignId, memberId, day, fallback);
        return format.render(digest.document(), digest.locale());
    }

    /** The week (Monday to Sunday) holding {@code day}; in the member's language, else {@code fallback}. */
    public Digest digest(long campaignId, long memberId, LocalDate day, Locale fallback) {
        Check.of().required("week", day).date("week", day).orThrow();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // The week of the last day a campaign may hold ends after it: what is read stays within the bounds.
        LocalDate sunday = min(monday.plusDays(6), CampaignDates.MAX);
        return transactions.snapshot(tx -> {
            Campaign campaign = campaigns.get(campaignId);
            Member member = members.get(campaignId, memberId);
            Locale locale = member.language() != null ? Locale.forLanguageTag(member.language()) : fallback;
            Text t = new Text(locale);
            Map<Long, Stakeholder> byId = stakeholders.list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
            List<BriefingDocument.Section> sections = new ArrayList<>();
            sections.add(section(t, "digest.follow_ups", followUps.list(campaignId, true).stream()
                    .filter(f -> Long.valueOf(memberId).equals(f.ownerId()) && f.dueOn() != null
                            && !f.dueOn().isAfter(sunday))
                    .map(f -> f.title() + " — " + due(t, f.dueOn(), monday)).toList()));
            sections.add(section(t, "digest.commitments", commitments.list(campaignId, CommitmentStatus.open, null,
                            null).stream()
                    .filter(c -> Long.valueOf(memberId).equals(c.ownerId()) && c.dueOn() != null
                            && !c.dueOn().isAfter(sunday))
                    .map(c -> byId.get(c.stakeholderId()).label() + " : " + c.description() + " — "
                            + due(t, c.dueOn(), monday)).toList()));
            sections.add(section(t, "digest.relationships", stewardship.due(campaignId, memberId, sunday).stream()
                    .map(d -> relationship(t, d)).toList()));
            sections.add(section(t, "digest.milestones", plan.plan(campaignId, monday).stream()
                    .filter(PlanEntry::dated)
                    .filter(e -> !e.effectiveDate().isBefore(monday) && !e.effectiveDate().isAfter(sunday))
                    .map(e -> t.date(e.effectiveDate()) + " — " + e.milestone().title()).toList()));
            sections.add(section(t, "digest.planned", interactions.agenda(campaignId, monday, sunday).stream()
                    .map(e -> planned(t, e, memberId, byId)).toList()));
            // The first week a campaign may hold has no week before it.
            List<Interaction> lastWeek = monday.minusDays(1).isBefore(CampaignDates.MIN) ? List.of()
                    : interactions.list(campaignId, InteractionFilter.all().between(monday.minusDays(7),
                            monday.minusDays(1)).withStatus(InteractionStatus.HELD), Page.first(MAX_LAST_WEEK));
            sections.add(new BriefingDocument.Section(t.m("digest.last_week", t.date(monday.minusDays(7)),
                    t.date(monday.minusDays(1))), lastWeek.isEmpty() ? List.of(t.m("digest.nothing"))
                    : lastWeek.stream().map(i -> t.date(i.occurredOn()) + " — " + i.title()
                    + with(i, byId)).toList()));
            return new Digest(locale, new BriefingDocument(t.m("digest.title", member.displayName(), t.date(monday),
                    t.date(sunday)), t.m("digest.subtitle", campaign.name()), List.copyOf(sections)));
        });
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BriefingDocument.Section section(Text t, String key, List<String> lines) {
        return new BriefingDocument.Section(t.m(key), lines.isEmpty() ? List.of(t.m("digest.nothing")) : lines);
    }

    private static String due(Text t, LocalDate dueOn, LocalDate monday) {
        return t.m(dueOn.isBefore(monday) ? "digest.late_since" : "digest.due", t.date(dueOn));
    }

    private static String relationship(Text t, RelationshipDue d) {
        return d.stakeholder() + " — " + (d.lastContactOn() == null ? t.m("digest.never_contacted")
                : t.m("digest.last_contact", t.date(d.lastContactOn()), d.cadenceDays()));
    }

    /** A meeting planned this week: when, what, with whom, who goes, and any double ask. */
    private static String planned(Text t, AgendaEntry e, long memberId, Map<Long, Stakeholder> byId) {
        Interaction i = e.interaction();
        StringBuilder line = new StringBuilder(t.date(i.occurredOn())).append(" — ").append(i.title())
                .append(with(i, byId)).append(" — ")
                .append(e.organisation() != null ? e.organisation() : t.m("interaction.the_coalition"));
        if (i.attendeeIds().contains(memberId)) {
            line.append(" — ").append(t.m("digest.you_attend"));
        }
        for (DoubleAsk ask : e.doubleAsks()) {
            line.append(" — ").append(t.m("digest.double_ask",
                    ask.organisation() != null ? ask.organisation() : t.m("interaction.the_coalition"),
                    t.date(ask.on())));
        }
        return line.toString();
    }

    /** The people met first, the most powerful first; at most three, then "…". */
    private static String with(Interaction i, Map<Long, Stakeholder> byId) {
        List<Stakeholder> met = i.participantIds().stream().map(byId::get).filter(s -> s != null)
                .sorted(java.util.Comparator.comparing(Stakeholder::isOrganisation)
                        .thenComparing(Stakeholder::power, java.util.Comparator.reverseOrder())
                        .thenComparing(Stakeholder::label)).toList();
        List<String> names = met.stream().limit(3).map(Stakeholder::label).toList();
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + (met.size() > 3 ? ", …" : "") + ")";
    }

    private record Text(Locale locale) {
        String m(String key, Object... args) {
            return Messages.format(locale, key, args);
        }

        String date(LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
        }
    }
}
