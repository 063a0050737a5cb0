package org.campaigntracker.cli.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.outreach.Outreaches;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker outreach edit <send> [--title] [--kind] [--on] [--embargo|--no-embargo] [--journalist…]
 * [--outlet…] [--attachment…] [--demand…]}: what is given replaces what was recorded (a list given replaces the
 * whole list); the rest stays. Checked against the version read, so a colleague's edit in between is not lost.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class OutreachEdit extends Action {

    @Parameters(index = "0", paramLabel = "<outreach>", descriptionKey = "outreach.which")
    String query;

    @Option(names = "--title", descriptionKey = "outreach.title")
    String title;

    @Option(names = "--kind", converter = OutreachCommand.Kinds.class,
            completionCandidates = OutreachCommand.Kinds.class, descriptionKey = "outreach.kind")
    OutreachKind kind;

    @Option(names = "--on", converter = DateConverter.class, descriptionKey = "outreach.on_edit")
    LocalDate on;

    @Option(names = "--embargo", converter = OutreachCommand.Embargo.class, descriptionKey = "outreach.embargo")
    OffsetDateTime embargo;

    @Option(names = "--no-embargo", descriptionKey = "outreach.no_embargo")
    boolean noEmbargo;

    @Option(names = "--journalist", arity = "1..*", paramLabel = "<stakeholder>",
            descriptionKey = "outreach.journalists")
    List<String> journalists;

    @Option(names = "--outlet", arity = "1..*", descriptionKey = "outreach.outlets")
    List<String> outlets;

    @Option(names = "--attachment", arity = "1..*", descriptionKey = "outreach.attachments")
    List<String> attachments;

    @Option(names = "--demand", arity = "1..*", descriptionKey = "outreach.demands")
    List<String> demands;

    @Uses
    Outreaches outreach;

    OutreachEdit(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (noEmbargo && embargo != null) {
            throw org.campaigntracker.core.common.InvalidInputException.of("embargo", "not_with", "--no-embargo");
        }
        Outreach o = pick(query);
        OutreachDraft draft = new OutreachDraft(kind != null ? kind : o.kind(), on != null ? on : o.sentOn(),
                title != null ? title : o.title(), noEmbargo ? null : embargo != null ? embargo : o.embargoUntil(),
                demands != null ? find().demands(demands).stream().map(Demand::id).toList() : o.demandIds(),
                journalists != null ? find().stakeholders(journalists).stream().map(Stakeholder::id).toList()
                        : o.journalistIds(),
                outlets != null ? outlets : o.outlets(), attachments != null ? attachments : o.attachments());
        Outreach saved = outreach.update(campaignId(), o.id(), o.version(), draft);
        say("outreach.updated", saved.id(), saved.title(), saved.kind().words(context.locale()),
                Dates.show(context.locale(), saved.sentOn()));
        return 0;
    }

    private Outreach pick(String query) {
        return find().pick(() -> outreach.find(campaignId(), query), () -> outreach.list(campaignId()),
                Outreach::title);
    }
}
