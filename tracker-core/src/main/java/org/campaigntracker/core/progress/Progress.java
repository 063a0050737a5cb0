package org.campaigntracker.core.progress;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.mobilisation.MobilisationKind;

/**
 * How far a campaign got, shaped for a partner's dashboard.
 *
 * @param revision     the campaign revision this view was computed at; equal revisions mean equal views
 * @param asOf         the day "last activity" and "next milestone" were judged from
 * @param lastActivity the latest interaction or press item on or before {@code asOf}, if any
 * @param mobilisations petitions, joint appeals and letter campaigns with their count on {@code asOf}: titles and
 *                      numbers, never a signatory nor who they went to
 */
public record Progress(long campaignId, String campaignSlug, String campaignName, LocalDate deadline,
                       long revision, LocalDate asOf, List<ThemeProgress> themes, LocalDate lastActivity,
                       NextMilestone nextMilestone, List<MobilisationProgress> mobilisations) {

    public Progress {
        themes = List.copyOf(themes);
        mobilisations = List.copyOf(mobilisations);
    }

    /** A mobilisation as partners see it: {@code count} is the latest on or before {@code asOf}, null before any. */
    public record MobilisationProgress(long mobilisationId, String title, MobilisationKind kind, LocalDate launchedOn,
                                       Integer count, LocalDate countedOn, LocalDate deliveredOn) {
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
