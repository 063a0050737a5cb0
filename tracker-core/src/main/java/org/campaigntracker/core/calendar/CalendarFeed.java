package org.campaigntracker.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.plan.PlanEntry;

/**
 * One campaign's calendar. Events are all-day (the tracker keeps dates, not hours) and carry stable UIDs, so a
 * subscribed calendar updates them in place. Interactions appear by title and public summary only: the private
 * summary never leaves the tracker through a feed.
 */
public final class CalendarFeed implements CalendarFeeds {

    private static final int MAX_INTERACTIONS = 500;

    private final PlanService plan;
    private final InteractionService interactions;
    private final FollowUpService followUps;
    private final MobilisationService mobilisations;
    private final CommitmentService commitments;
    private final Clock clock;

    public CalendarFeed(PlanService plan, InteractionService interactions, FollowUpService followUps,
                        MobilisationService mobilisations, CommitmentService commitments, Clock clock) {
        this.plan = plan;
        this.interactions = interactions;
        this.followUps = followUps;
        this.mobilisations = mobilisations;
        this.commitments = commitments;
        this.clock = clock;
    }

    public String ics(Campaign campaign) {
        return ics(campaign, null);
    }

    /**
     * With a member: their own calendar — the meetings they attended, their follow-ups, the commitments they chase
     * (on the day each is due) — beside the campaign's milestones and deliveries.
     */
    @Override
    public String ics(Campaign campaign, Long memberId) {
        LocalDate today = LocalDate.now(clock);
        ZonedDateTime now = ZonedDateTime.now(clock);
        IcsWriter w = new IcsWriter()
                .line("BEGIN", "VCALENDAR").line("VERSION", "2.0")
                .line("PRODID", "-//Campaign Tracker//Campaign calendar//EN")
                .line("CALSCALE", "GREGORIAN").line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", campaign.name());
        for (PlanEntry entry : plan.plan(campaign.id(), today)) {
            if (entry.dated()) {
                var m = entry.milestone();
                event(w, "milestone-" + m.id(), campaign, now, entry.effectiveDate(), m.title(), m.description(),
                        "MILESTONE", m.status() == MilestoneStatus.cancelled ? "CANCELLED" : "CONFIRMED");
            }
        }
        for (Interaction i : interactions.list(campaign.id(), InteractionFilter.all(), Page.first(MAX_INTERACTIONS))) {
            if (memberId != null && !i.attendeeIds().contains(memberId)) {
                continue;
            }
            // RFC 5545's STATUS says it: a planned meeting is tentative until held, a cancelled one is cancelled.
            event(w, "interaction-" + i.id(), campaign, now, i.occurredOn(), i.title(), i.publicSummary(),
                    i.kind().name().replace('_', '-'), switch (i.status()) {
                        case PLANNED -> "TENTATIVE";
                        case HELD -> "CONFIRMED";
                        case CANCELLED -> "CANCELLED";
                    });
        }
        for (FollowUp f : followUps.list(campaign.id(), true)) {
            if (f.dueOn() != null && (memberId == null || memberId.equals(f.ownerId()))) {
                event(w, "follow-up-" + f.id(), campaign, now, f.dueOn(), f.title(), null, "FOLLOW-UP", "CONFIRMED");
            }
        }
        if (memberId != null) {
            for (Commitment c : commitments.list(campaign.id(), CommitmentStatus.open, null, null)) {
                if (c.dueOn() != null && memberId.equals(c.ownerId())) {
                    event(w, "commitment-" + c.id(), campaign, now, c.dueOn(), c.description(), null, "COMMITMENT",
                            "CONFIRMED");
                }
            }
        }
        // A delivery is written in the campaign's language: the feed has no reader's language to follow.
        Locale language = Locale.forLanguageTag(campaign.defaultLanguage());
        for (Mobilisation m : mobilisations.list(campaign.id())) {
            if (m.delivery() != null) {
                MobilisationCount count = m.latestOn(m.delivery().on());
                event(w, "mobilisation-delivery-" + m.id(), campaign, now, m.delivery().on(),
                        Messages.format(language, "mobilisation.delivery", m.title()),
                        count == null ? m.kind().words(language) : Messages.format(language,
                                "mobilisation.delivery_count", m.kind().words(language), count.count()),
                        "MOBILISATION", "CONFIRMED");
            }
        }
        return w.line("END", "VCALENDAR").toString();
    }

    private static void event(IcsWriter w, String uid, Campaign campaign, ZonedDateTime now, LocalDate on,
                              String summary, String description, String category, String status) {
        w.line("BEGIN", "VEVENT")
                .line("UID", uid + "@" + campaign.slug() + ".campaign-tracker")
                .stamp("DTSTAMP", now)
                .date("DTSTART", on)
                .date("DTEND", on.plusDays(1))
                .text("SUMMARY", summary)
                .text("DESCRIPTION", description)
                .text("CATEGORIES", category)
                .line("STATUS", status)
                .line("TRANSP", "TRANSPARENT")
                .line("END", "VEVENT");
    }
}
