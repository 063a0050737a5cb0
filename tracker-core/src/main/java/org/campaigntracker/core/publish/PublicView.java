package org.campaigntracker.core.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.position.PositionLevel;

/**
 * Everything the public page of a campaign shows, built only from rows marked public. Front doors render it (page,
 * feed, JSON) and add nothing from elsewhere, so this record is the whole of what the public may learn.
 *
 * @param publishedAt null while the campaign is not published (a preview)
 * @param lastUpdated the latest change to anything shown
 * @param positions   every public position, oldest first: the page shows the latest per target and demand
 */
public record PublicView(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                         String defaultLanguage, OffsetDateTime publishedAt, OffsetDateTime lastUpdated,
                         LocalDate today, List<ThemeView> themes, List<PositionView> positions,
                         List<CommitmentView> commitments, List<PressView> press, List<MilestoneView> milestones,
                         List<MobilisationView> mobilisations) {

    /**
     * A petition, joint appeal or letter campaign marked public: its title, kind, latest count and delivery day;
     * never a signatory nor a target.
     */
    public record MobilisationView(long id, String title, MobilisationKind kind, LocalDate launchedOn, Integer count,
                                   LocalDate countedOn, LocalDate deliveredOn) {
    }

    public record ThemeView(String code, String title, String description, List<DemandView> demands) {
    }

    public record DemandView(long id, String code, String title, String body) {
    }

    /**
     * Where a position was stated or a commitment made: a document, a press item or an interaction.
     *
     * @param kind  {@code document}, {@code press}, or an interaction kind's code ({@code meeting}, {@code hearing}…)
     * @param title the document's reference, the press item's outlet and title, or the interaction's title
     */
    public record Source(String kind, String title, String url, LocalDate on) {
    }

    public record PositionView(long id, PublicTarget target, String demandCode, String demandTitle,
                               PositionLevel level, LocalDate statedOn, Source source) {
    }

    public record CommitmentView(long id, PublicTarget target, String description, String demandCode,
                                 String demandTitle, LocalDate madeOn, Source madeAt,
                                 LocalDate confirmationRequestedOn, LocalDate confirmationReceivedOn,
                                 LocalDate dueOn, PublicStatus status, LocalDate statusChangedOn) {
    }

    public record PressView(long id, String outlet, String medium, LocalDate publishedOn, String title, String url) {
    }

    public record MilestoneView(long id, String title, String description, LocalDate dueOn, String status,
                                LocalDate doneOn) {
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The latest public position of each target on each demand, grouped by target in order of first appearance. */
    public Map<PublicTarget, List<PositionView>> currentPositions() {
        Map<String, PositionView> latest = new LinkedHashMap<>();
        for (PositionView p : positions) {
            latest.put(p.target().id() + "/" + p.demandCode(), p);
        }
        Map<PublicTarget, List<PositionView>> byTarget = new LinkedHashMap<>();
        for (PositionView p : latest.values()) {
            byTarget.computeIfAbsent(p.target(), t -> new ArrayList<>()).add(p);
        }
        return byTarget;
    }
}
