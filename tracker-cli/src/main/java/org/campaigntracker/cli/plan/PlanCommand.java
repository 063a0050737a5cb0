package org.campaigntracker.cli.plan;

import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.plan.Plans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tracker plan [--on <date>]}: the retro-plan counted back from the campaign's deadline, late and at-risk
 * milestones flagged. {@code --on} shows the plan as it stood (or will stand) on another day.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class PlanCommand extends Action {

    @Option(names = "--on", converter = DateConverter.class, paramLabel = "<date>", descriptionKey = "plan.on")
    LocalDate on;

    @Mixin
    FormatOptions format;

    @Uses
    Plans plan;

    PlanCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate day = on != null ? on : today();
        if (!format.json() && !format.csv()) {
            Campaign c = context.campaign();
            say(c.deadline() == null ? "plan.no_deadline" : "plan.title", c.name(),
                    c.deadline() == null ? "" : Dates.show(context.locale(), c.deadline()),
                    c.deadlineLabel() == null ? "" : c.deadlineLabel(), Dates.show(context.locale(), day));
        }
        MilestoneCommand.printPlan(this, plan, format, day);
        return 0;
    }
}
