package org.campaigntracker.cli.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.brief.BriefingService;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.stakeholder.Stakeholder;
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

    public BriefCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BriefingFormat chosen = BriefingFormat.parse(format);
        Campaign campaign = context.campaign();
        Stakeholder who = context.tracker().stakeholders().find(campaign.id(), stakeholder);
        String text = chosen.render(new BriefingService(context.tracker())
                .brief(campaign, who.id(), on == null ? LocalDate.now() : on, context.locale()), context.locale());
        if (out == null) {
            context.out().print(text);
            context.out().flush();
            return 0;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        context.out().println(context.messages().get("brief.written", out));
        return 0;
    }
}
