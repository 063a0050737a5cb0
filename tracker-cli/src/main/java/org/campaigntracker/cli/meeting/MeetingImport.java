package org.campaigntracker.cli.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Prompter;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.cli.output.Table;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.intake.Intake;
import org.campaigntracker.core.intake.IntakeFile;
import org.campaigntracker.core.intake.IntakeFileException;
import org.campaigntracker.core.intake.IntakeFormat;
import org.campaigntracker.core.intake.IntakePlan;
import org.campaigntracker.core.intake.IntakeService;
import org.campaigntracker.core.intake.Person;
import org.campaigntracker.core.intake.PlannedInteraction;
import org.campaigntracker.core.intake.PlannedInteraction.Outcome;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker meeting import FILE...}: calendar invitations (.ics) and e-mails (.eml) logged as interactions, all
 * files or none. On a terminal each person nobody matched is offered as a new stakeholder; without one they are
 * listed, and the import goes on with those who matched (an event with nobody of theirs is listed, not logged).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class MeetingImport extends Action {

    @Parameters(arity = "1..*", paramLabel = "<file>", descriptionKey = "meeting.import_files")
    List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "meeting.import_dry_run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Uses
    IntakeService intake;

    MeetingImport(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<IntakeFile> read = files.stream().map(MeetingImport::read).toList();
        IntakePlan plan = intake.plan(campaignId(), read);
        List<Person> toAdd = new ArrayList<>();
        Optional<Prompter> prompter = dryRun || json ? Optional.empty() : context.prompter();
        if (prompter.isPresent() && !plan.unmatched().isEmpty()) {
            for (Person p : plan.unmatched()) {
                if (prompter.get().confirm(msg("meeting.import_add", p.label()), true)) {
                    toAdd.add(p);
                }
            }
        }
        IntakePlan done = dryRun ? plan : intake.importFiles(campaignId(), read, toAdd,
                org.campaigntracker.core.interaction.LoggedBy.member(find().currentMemberId()));
        if (json) {
            Json.print(context.out(), done.items().stream().map(MeetingImport::row).toList());
            return 0;
        }
        Table table = new Table(msg("col.date"), msg("col.kind"), msg("col.title"), msg("col.with"),
                msg("col.unmatched"), msg("col.status"));
        for (PlannedInteraction item : done.items()) {
            table.row(Dates.show(context.locale(), item.incoming().on()), Labels.of(item.kind(), context.locale()),
                    item.incoming().title(), with(item), item.unmatched().stream().map(Person::label)
                            .collect(Collectors.joining(", ")), status(item));
        }
        table.print(context.out(), Terminal.width(context.env()));
        if (!done.unmatched().isEmpty()) {
            say(dryRun ? "meeting.import_unmatched_dry" : "meeting.import_unmatched",
                    done.unmatched().stream().map(Person::label).collect(Collectors.joining(", ")));
        }
        say(dryRun ? "meeting.import_dry_done" : "meeting.import_done", done.count(Outcome.LOG), files.size(),
                done.count(Outcome.ALREADY_IMPORTED) + done.count(Outcome.REPEATED),
                done.count(Outcome.NOBODY_MATCHED));
        return 0;
    }

    /** The bytes of a file, refused before reading when it is over the bound or of no known kind. */
    static IntakeFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        IntakeFormat format = IntakeFormat.ofFileName(name).orElseThrow(() -> IntakeFileException.unknownFormat(name));
        try {
            if (Files.size(file) > Intake.MAX_FILE_BYTES) {
                throw IntakeFileException.tooLarge(name);
            }
            return new IntakeFile(name, format, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private String with(PlannedInteraction item) {
        List<String> names = new ArrayList<>(item.with().stream().map(Stakeholder::label).toList());
        item.ours().forEach(m -> names.add(msg("meeting.import_ours", m.displayName())));
        return String.join(", ", names);
    }

    private String status(PlannedInteraction item) {
        return switch (item.outcome()) {
            case LOG -> item.interactionId() == null ? msg("meeting.import_status_new")
                    : msg("meeting.import_status_logged", item.interactionId());
            case ALREADY_IMPORTED -> msg("meeting.import_status_already");
            case REPEATED -> msg("meeting.import_status_repeated");
            case NOBODY_MATCHED -> msg("meeting.import_status_nobody");
        };
    }

    /** One entry of --json: what was read and what became of it. */
    record Row(String file, String where, String date, String kind, String title, String status, Long interactionId,
               List<Long> participantIds, List<Long> attendeeIds, List<String> unmatched) {
    }

    private static Row row(PlannedInteraction i) {
        return new Row(i.incoming().file(), i.incoming().where(), i.incoming().on().toString(), i.kind().code(),
                i.incoming().title(), i.outcome().name().toLowerCase(Locale.ROOT), i.interactionId(),
                i.with().stream().map(Stakeholder::id).toList(), i.ours().stream().map(Member::id).toList(),
                i.unmatched().stream().map(Person::label).toList());
    }
}
