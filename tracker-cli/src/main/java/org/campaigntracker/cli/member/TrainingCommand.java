package org.campaigntracker.cli.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.member.Training;
import org.campaigntracker.core.member.TrainingDraft;
import org.campaigntracker.core.member.Trainings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker training add|list|attend}: briefings say which attendees were trained. */
@Command(name = "training", mixinStandardHelpOptions = true,
        subcommands = {TrainingCommand.Add.class, TrainingCommand.ListTrainings.class, TrainingCommand.Attend.class})
public final class TrainingCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "training.title")
        String title;

        @Option(names = "--on", converter = DateConverter.class, required = true, descriptionKey = "training.on")
        LocalDate on;

        @Option(names = "--topic", paramLabel = "<topic>", descriptionKey = "training.topic")
        List<String> topics = new ArrayList<>();

        @Option(names = "--trainer", descriptionKey = "training.trainer")
        String trainer;

        @Option(names = "--attendee", paramLabel = "<member>", descriptionKey = "training.attendee")
        List<String> attendees = new ArrayList<>();

        @Uses
        Trainings trainings;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<Long> ids = attendees.stream().map(a -> find().member(a).id()).distinct().toList();
            Training t = trainings.add(campaignId(), new TrainingDraft(title, on, topics, trainer, ids));
            say("training.added", t.id(), t.title(), t.attendeeIds().size());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListTrainings extends Action {
        @Mixin
        FormatOptions format;

        @Uses
        Members members;

        @Uses
        Trainings trainings;

        ListTrainings(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Map<Long, String> names = members.list(campaignId()).stream()
                    .collect(Collectors.toMap(Member::id, Member::displayName));
            format.print(context, trainings.list(campaignId()),
                    List.of("id", "date", "title", "topics", "trainer", "attendees"),
                    t -> Arrays.asList(t.id(), t.heldOn(), t.title(), t.topics(), t.trainer(),
                            t.attendeeIds().stream().map(names::get).toList()));
            return 0;
        }
    }

    /** Adds members to a training's attendees; those already there stay once. */
    @Command(name = "attend", mixinStandardHelpOptions = true)
    static final class Attend extends Action {
        @Parameters(index = "0", paramLabel = "<training-id>", descriptionKey = "training.id")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<member>", descriptionKey = "training.attendee")
        List<String> members;

        @Uses
        Trainings trainings;

        Attend(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Training t = trainings.get(campaignId(), id);
            List<Long> ids = Stream.concat(t.attendeeIds().stream(), members.stream().map(m -> find().member(m).id()))
                    .distinct().toList();
            TrainingDraft d = t.toDraft();
            Training saved = trainings.update(campaignId(), id, t.version(),
                    new TrainingDraft(d.title(), d.heldOn(), d.topics(), d.trainer(), ids));
            say("training.attended", saved.id(), saved.title(), saved.attendeeIds().size());
            return 0;
        }
    }
}
