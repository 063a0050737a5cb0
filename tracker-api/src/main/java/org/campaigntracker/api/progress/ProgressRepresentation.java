package org.campaigntracker.api.progress;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.progress.DemandProgress;
import org.campaigntracker.core.progress.Progress;
import org.campaigntracker.core.progress.TargetStanding;

/** Progress on the wire: the same shape for every role, because it never holds personal data. */
public record ProgressRepresentation(String campaign, String name, LocalDate deadline, long revision, LocalDate asOf,
                                     LocalDate lastActivity, Milestone nextMilestone, List<Theme> themes,
                                     List<Mobilisation> mobilisations) {

    /** A petition, joint appeal or letter campaign: its count on {@code asOf}; never a signatory. */
    public record Mobilisation(long id, String title, String kind, LocalDate launchedOn, Integer count,
                               LocalDate countedOn, LocalDate deliveredOn) {
    }

    public record Milestone(long id, String title, LocalDate dueOn) {
    }

    public record Theme(long id, String code, String title, List<Demand> demands) {
    }

    public record Demand(long id, String code, String title, String best, LocalDate lastActivity,
                         List<Target> targets, List<Interaction> interactions, List<Press> pressItems) {
    }

    /** A direct target: {@code name} only for organisations; a person is its function and organisation. */
    public record Target(long stakeholderId, String kind, String name, String function, String organisation,
                         String level, LocalDate since, Interaction evidenceInteraction, Press evidencePressItem,
                         String evidenceDocument) {
    }

    public record Interaction(long id, LocalDate occurredOn, String kind, String title) {
    }

    public record Press(long id, LocalDate publishedOn, String outlet, String title, String url) {
    }

    static ProgressRepresentation from(Progress p) {
        return new ProgressRepresentation(p.campaignSlug(), p.campaignName(), p.deadline(), p.revision(), p.asOf(),
                p.lastActivity(), p.nextMilestone() == null ? null : new Milestone(p.nextMilestone().milestoneId(),
                        p.nextMilestone().title(), p.nextMilestone().dueOn()),
                p.themes().stream().map(t -> new Theme(t.themeId(), t.code(), t.title(),
                        t.demands().stream().map(ProgressRepresentation::demand).toList())).toList(),
                p.mobilisations().stream().map(m -> new Mobilisation(m.mobilisationId(), m.title(), m.kind().code(),
                        m.launchedOn(), m.count(), m.countedOn(), m.deliveredOn())).toList());
    }

    private static Demand demand(DemandProgress d) {
        return new Demand(d.demandId(), d.code(), d.title(), Wire.code(d.best()), d.lastActivity(),
                d.targets().stream().map(ProgressRepresentation::target).toList(),
                d.interactions().stream().map(ProgressRepresentation::interaction).toList(),
                d.pressItems().stream().map(ProgressRepresentation::press).toList());
    }

    private static Target target(TargetStanding t) {
        return new Target(t.stakeholderId(), t.kind(), t.name(), t.function(), t.organisation(), Wire.code(t.level()),
                t.since(), t.interaction() == null ? null : interaction(t.interaction()),
                t.pressItem() == null ? null : press(t.pressItem()), t.evidenceDocument());
    }

    private static Interaction interaction(DemandProgress.InteractionEvidence i) {
        return new Interaction(i.interactionId(), i.occurredOn(), i.kind(), i.title());
    }

    private static Press press(DemandProgress.PressEvidence p) {
        return new Press(p.pressItemId(), p.publishedOn(), p.outlet(), p.title(), p.url());
    }
}
