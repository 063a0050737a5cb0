package org.campaigntracker.core.progress;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.position.PositionLevel;

/**
 * One demand: the best level reached among the direct targets (backtracks excluded, see
 * {@link org.campaigntracker.core.position.Ledger}), every direct target with a current position, and the latest
 * interactions and press items about it.
 */
public record DemandProgress(long demandId, String code, String title, PositionLevel best,
                             List<TargetStanding> targets, List<InteractionEvidence> interactions,
                             List<PressEvidence> pressItems, LocalDate lastActivity) {

    /** How many interactions and press items a demand lists: a dashboard shows the latest, not the archive. */
    public static final int LATEST = 5;

    public DemandProgress {
        targets = List.copyOf(targets);
        interactions = List.copyOf(interactions);
        pressItems = List.copyOf(pressItems);
    }

    /** The date of the latest of the interactions and press items listed (each list newest first), if any. */
    static LocalDate lastActivity(List<InteractionEvidence> interactions, List<PressEvidence> press) {
        return ProgressRepository.later(interactions.isEmpty() ? null : interactions.get(0).occurredOn(),
                press.isEmpty() ? null : press.get(0).publishedOn());
    }

    /** A dated interaction; only its title, never its private summary. */
    public record InteractionEvidence(long interactionId, LocalDate occurredOn, String kind, String title) {
    }

    /** A press item: public by nature. */
    public record PressEvidence(long pressItemId, LocalDate publishedOn, String outlet, String title, String url) {
    }
}
