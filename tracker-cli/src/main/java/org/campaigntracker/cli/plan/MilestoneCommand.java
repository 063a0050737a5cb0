package org.campaigntracker.cli.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.Plans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker milestone add|list|done}. */
@Command(name = "milestone", mixinStandardHelpOptions = true,
        subcommands = {MilestoneCommand.Add.class, MilestoneCommand.ListMilestones.class, MilestoneCommand.Done.class})
public final class MilestoneCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "milestone.title")
        String title;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "milestone.on")
        LocalDate on;

        @Option(names = "--days-before", paramLabel = "<days>", descriptionKey = "milestone.days_before")
        Integer daysBefore;

        @Option(names = "--depends-on", arity = "1..*", paramLabel = "<id>", descriptionKey = "milestone.depends_on")
        List<Long> dependsOn = new ArrayList<>();

        @Option(names = "--description", descriptionKey = "milestone.description")
        String description;

        @Uses
        Plans plan;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Milestone m = plan.add(campaignId(), new MilestoneDraft(title, description, on, daysBefore,
                    null, null, Set.copyOf(dependsOn)));
            say("milestone.added", m.id(), m.title());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListMilestones extends Action {
        @Mixin
        FormatOptions format;

        @Uses
        Plans plan;

        ListMilestones(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            printPlan(this, plan, format, today());
            return 0;
        }
    }

    /** The retro-plan as of {@code today}, one milestone a line with its flags; shared with {@code tracker plan}. */
    static void printPlan(Action action, Plans plan, FormatOptions format, LocalDate today) {
        CliContext context = action.context();
        format.print(context, plan.plan(action.campaignId(), today),
                List.of("id", "date", "title", "status", "depends_on", "flags"),
                e -> Arrays.asList(e.milestone().id(), e.effectiveDate(), e.milestone().title(),
                        e.milestone().status(), List.copyOf(e.milestone().dependsOn()),
                        e.flags().stream().map(f -> context.messages().get("flag." + f.name())).toList()));
    }

    @Command(name = "done", mixinStandardHelpOptions = true)
    static final class Done extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "milestone.id")
        long id;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "option.done_on")
        LocalDate on;

        @Uses
        Plans plan;

        Done(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Milestone m = plan.milestone(campaignId(), id);
            plan.markDone(campaignId(), id, m.version(), on != null ? on : today());
            say("milestone.done", id, m.title());
            return 0;
        }
    }
}
