package org.campaigntracker.cli.digest;

import java.nio.file.Path;
import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Documents;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.digest.Digests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker digest [--member <name>] [--week <date>] [--format md|html] [--out <file>]}: one member's week, in
 * their language; without --member, the one {@code tracker member use} saved.
 */
@Command(name = "digest", mixinStandardHelpOptions = true)
public final class DigestCommand extends Action {

    @Option(names = "--member", paramLabel = "<member>", descriptionKey = "digest.member")
    String member;

    @Option(names = "--week", converter = DateConverter.class, paramLabel = "<date>", descriptionKey = "digest.week")
    LocalDate week;

    @Option(names = "--format", defaultValue = "md", paramLabel = "<md|html>", descriptionKey = "brief.format")
    String format;

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "brief.out")
    Path out;

    @Uses
    Digests digests;

    public DigestCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        BriefingFormat chosen = BriefingFormat.parse(format);
        if (member == null && context.savedMember().isEmpty()) {
            throw InvalidInputException.of("member", "required");
        }
        long whose = find().whose(member, member == null);
        String text = digests.render(campaignId(), whose, week != null ? week : today(), context.locale(), chosen);
        Documents.deliver(context, text, out, "digest.written");
        return 0;
    }
}
