package org.campaigntracker.cli.doc;

import java.nio.file.Path;
import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Documents;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.document.ResourceDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker doc resource [--format md|html] [--out <file>]}: regenerated from the data at every call. */
@Command(name = "doc", mixinStandardHelpOptions = true, subcommands = DocCommand.Resource.class)
public final class DocCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "resource", mixinStandardHelpOptions = true)
    static final class Resource extends Action {
        @Option(names = "--format", defaultValue = "md", paramLabel = "<md|html>", descriptionKey = "brief.format")
        String format;

        @Option(names = "--out", paramLabel = "<file>", descriptionKey = "brief.out")
        Path out;

        @Option(names = "--on", converter = DateConverter.class, paramLabel = "<date>", descriptionKey = "doc.on")
        LocalDate on;

        @Uses
        ResourceDocuments resourceDocument;

        Resource(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            BriefingFormat chosen = BriefingFormat.parse(format);
            String text = resourceDocument.render(context.campaign(), on == null ? today() : on, context.locale(),
                    chosen);
            Documents.deliver(context, text, out, "doc.written");
            return 0;
        }
    }
}
