package org.campaigntracker.cli.publish;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.publish.PublicTarget;
import org.campaigntracker.core.publish.PublicView;
import org.campaigntracker.core.publish.PublicView.CommitmentView;
import org.campaigntracker.core.publish.PublicView.PositionView;
import org.campaigntracker.core.publish.PublishService;
import picocli.CommandLine.Command;

/** {@code tracker publish preview}: every value the public page would show, section by section. */
@Command(name = "preview", mixinStandardHelpOptions = true)
final class PublishPreview extends Action {

    @Uses
    PublishService publish;

    PublishPreview(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PublicView v = publish.preview(campaignId());
        PrintWriter out = context.out();
        Locale locale = context.locale();
        out.println(msg(v.published() ? "publish.preview.published" : "publish.preview.unpublished", v.name(),
                "/p/" + v.slug(), v.published() ? Dates.show(locale, v.publishedAt().toLocalDate()) : ""));
        section(out, "publish.preview.positions", v.currentPositions().values().stream().mapToInt(List::size).sum());
        for (Map.Entry<PublicTarget, List<PositionView>> e : v.currentPositions().entrySet()) {
            for (PositionView p : e.getValue()) {
                out.println("  " + label(e.getKey()) + " — " + p.demandCode() + " " + p.demandTitle() + ": "
                        + p.level().label(locale) + " (" + date(p.statedOn()) + ")");
            }
        }
        section(out, "publish.preview.commitments", v.commitments().size());
        for (CommitmentView c : v.commitments()) {
            out.println("  #" + c.id() + " " + label(c.target()) + ": " + c.description() + " — "
                    + msg("publish.status." + c.status().name()) + (c.dueOn() == null ? ""
                    : " (" + msg("publish.preview.due", date(c.dueOn())) + ")"));
        }
        section(out, "publish.preview.press", v.press().size());
        v.press().forEach(p -> out.println("  " + date(p.publishedOn()) + " " + p.outlet() + ": " + p.title()));
        section(out, "publish.preview.milestones", v.milestones().size());
        v.milestones().forEach(m -> out.println("  " + (m.dueOn() == null ? "—" : date(m.dueOn())) + " "
                + m.title()));
        section(out, "publish.preview.mobilisations", v.mobilisations().size());
        v.mobilisations().forEach(m -> out.println("  " + m.title() + " (" + m.kind().words(locale) + ") — "
                + (m.count() == null ? msg("status.no_count") : msg("status.count", m.count(), date(m.countedOn())))));
        out.flush();
        return 0;
    }

    private void section(PrintWriter out, String key, int count) {
        out.println();
        out.println(msg(key, count));
    }

    private String label(PublicTarget t) {
        String label = t.label();
        return label.isEmpty() ? msg("publish.someone") : label;
    }

    private String date(LocalDate d) {
        return Dates.show(context.locale(), d);
    }
}
