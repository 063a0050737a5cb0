package org.campaigntracker.cli.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.calendar.CalendarFeeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker calendar <file.ics>}: milestones, interactions and open follow-ups for a calendar application. */
@Command(name = "calendar", mixinStandardHelpOptions = true)
public final class CalendarCommand extends Action {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<file.ics>", descriptionKey = "calendar.file")
    Path file;

    @Option(names = "--member", paramLabel = "<member>", descriptionKey = "calendar.member")
    String member;

    @Uses
    CalendarFeeds calendar;

    public CalendarCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String ics = calendar.ics(context.campaign(), member == null ? null : find().member(member).id());
        if (file == null) {
            context.out().print(ics);
            context.out().flush();
            return 0;
        }
        try {
            Files.writeString(file, ics, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        context.out().println(context.messages().get("calendar.written", file));
        return 0;
    }
}
