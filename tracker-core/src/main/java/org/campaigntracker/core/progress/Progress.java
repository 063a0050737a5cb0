package org.campaigntracker.core.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a campaign got, shaped for a partner's dashboard.
 *
 * @param revision     the campaign revision this view was computed at; equal revisions mean equal views
 * @param asOf         the day "last activity" and "next milestone" were judged from
 * @param lastActivity the latest interaction or press item on or before {@code asOf}, if any
 */
public record Progress(long campaignId, String campaignSlug, String campaignName, LocalDate deadline,
                       long revision, LocalDate asOf, List<ThemeProgress> themes, LocalDate lastActivity,
                       NextMilestone nextMilestone) {

    public Progress {
        themes = List.copyOf(themes);
    }

    /** One theme with its demands in code order. */
    public record ThemeProgress(long themeId, String code, String title, List<DemandProgress> demands) {
        public ThemeProgress {
            demands = List.copyOf(demands);
        }
    }

    /** The next planned milestone on or after {@code asOf}. */
    public record NextMilestone(long milestoneId, String title, LocalDate dueOn) {
    }
}
