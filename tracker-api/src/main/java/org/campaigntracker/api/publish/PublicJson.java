package org.campaigntracker.api.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.publish.PublicTarget;
import org.campaigntracker.core.publish.PublicView;

/**
 * The public page as data ({@code /p/{slug}.json}, schema {@code PublicCampaign} in the OpenAPI document): the same
 * values as the page, nothing more. {@code permalink} is relative to the JSON's own address.
 */
record PublicJson(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                  String language, OffsetDateTime publishedAt, OffsetDateTime lastUpdated, List<Theme> themes,
                  List<Position> positions, List<Commitment> commitments, List<Press> press,
                  List<Milestone> milestones, List<Mobilisation> mobilisations) {

    record Theme(String code, String title, String description, List<Demand> demands) {
    }

    record Demand(String code, String title, String body) {
    }

    record Target(String name, String function, String organisation) {
        static Target of(PublicTarget t) {
            return new Target(t.name(), t.function(), t.organisation());
        }
    }

    record Source(String kind, String title, String url, LocalDate on) {
        static Source of(PublicView.Source s) {
            return s == null ? null : new Source(s.kind(), s.title(), s.url(), s.on());
        }
    }

    record Position(long id, Target target, String demandCode, String demandTitle, String level, LocalDate statedOn,
                    Source source) {
    }

    record Commitment(long id, String permalink, Target target, String description, String demandCode,
                      String demandTitle, LocalDate madeOn, Source madeAt, LocalDate confirmationRequestedOn,
                      LocalDate confirmationReceivedOn, LocalDate dueOn, String status, LocalDate statusChangedOn) {
    }

    record Press(String outlet, String medium, LocalDate publishedOn, String title, String url) {
    }

    record Milestone(String title, String description, LocalDate dueOn, String status, LocalDate doneOn) {
    }

    /** A public mobilisation: its title, kind, latest count and delivery day; never a target. */
    record Mobilisation(String title, String kind, LocalDate launchedOn, Integer count, LocalDate countedOn,
                        LocalDate deliveredOn) {
    }

    static PublicJson from(PublicView v) {
        return new PublicJson(v.slug(), v.name(), v.objective(), v.deadline(), v.deadlineLabel(), v.defaultLanguage(),
                v.publishedAt(), v.lastUpdated(),
                v.themes().stream().map(t -> new Theme(t.code(), t.title(), t.description(), t.demands().stream()
                        .map(d -> new Demand(d.code(), d.title(), d.body())).toList())).toList(),
                v.positions().stream().map(p -> new Position(p.id(), Target.of(p.target()), p.demandCode(),
                        p.demandTitle(), p.level().name(), p.statedOn(), Source.of(p.source()))).toList(),
                v.commitments().stream().map(c -> new Commitment(c.id(), v.slug() + ".html#commitment-" + c.id(),
                        Target.of(c.target()), c.description(), c.demandCode(), c.demandTitle(), c.madeOn(),
                        Source.of(c.madeAt()), c.confirmationRequestedOn(), c.confirmationReceivedOn(), c.dueOn(),
                        c.status().name(), c.statusChangedOn())).toList(),
                v.press().stream().map(p -> new Press(p.outlet(), p.medium(), p.publishedOn(), p.title(), p.url()))
                        .toList(),
                v.milestones().stream().map(m -> new Milestone(m.title(), m.description(), m.dueOn(), m.status(),
                        m.doneOn())).toList(),
                v.mobilisations().stream().map(m -> new Mobilisation(m.title(), m.kind().code(), m.launchedOn(),
                        m.count(), m.countedOn(), m.deliveredOn())).toList());
    }
}
