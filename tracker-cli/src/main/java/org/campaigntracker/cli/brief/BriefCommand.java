package org.campaigntracker.cli.brief;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Documents;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.brief.Briefings;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker brief <stakeholder>}: the briefing pack before a meeting. */
@Command(name = "brief", mixinStandardHelpOptions = true)
public final class BriefCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "brief.stakeholder")
    String stakeholder;

    @Option(names = "--format", defaultValue = "md", paramLabel = "<md|html>", descriptionKey = "brief.format")
    String format;

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "brief.out")
    Path out;

    @Option(names = "--on", converter = DateConverter.class, paramLabel = "<date>", descriptionKey = "brief.on")
    LocalDate on;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Briefings briefing;

    public BriefCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BriefingFormat chosen = BriefingFormat.parse(format);
        Campaign campaign = context.campaign();
        Stakeholder who = stakeholders.find(campaign.id(), stakeholder);
        String text = briefing.render(campaign, who.id(), on == null ? LocalDate.now() : on, context.locale(),
                chosen);
        Documents.deliver(context, text, out, "brief.written");
        return 0;
    }
}
