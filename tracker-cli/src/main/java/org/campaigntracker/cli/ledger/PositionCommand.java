package org.campaigntracker.cli.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.Positions;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker position set|history}. */
@Command(name = "position", mixinStandardHelpOptions = true,
        subcommands = {PositionCommand.Set.class, PositionCommand.History.class})
public final class PositionCommand {

    @Mixin
    GlobalOptions global;

    static final class Levels extends WireEnum<PositionLevel> {
        Levels() {
            super(PositionLevel.class);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends Action {
        @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
        String who;

        @Parameters(index = "1", paramLabel = "<demand>", descriptionKey = "demand.query")
        String demand;

        @Parameters(index = "2", paramLabel = "<level>", converter = Levels.class, completionCandidates = Levels.class,
                descriptionKey = "position.level")
        PositionLevel level;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "position.on")
        LocalDate on;

        @Option(names = "--meeting", paramLabel = "<id>", descriptionKey = "position.meeting")
        Long meeting;

        @Option(names = "--evidence", paramLabel = "<document>", descriptionKey = "position.evidence")
        String evidence;

        @Option(names = "--note", descriptionKey = "position.note")
        String note;

        @Uses
        Interactions interactions;

        @Uses
        Positions positions;

        Set(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Stakeholder s = find().stakeholder(who);
            Demand d = find().demand(demand);
            LocalDate date = on != null ? on
                    : meeting != null ? interactions.get(campaignId(), meeting).occurredOn() : today();
            positions.record(campaignId(),
                    new PositionDraft(s.id(), d.id(), level, date, meeting, null, evidence, note));
            say("position.recorded", s.label(), d.code(), level.label(context.locale()));
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true)
    static final class History extends Action {
        @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
        String who;

        @Parameters(index = "1", paramLabel = "<demand>", descriptionKey = "demand.query")
        String demand;

        @Mixin
        FormatOptions format;

        @Uses
        Positions positions;

        History(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Stakeholder s = find().stakeholder(who);
            Demand d = find().demand(demand);
            List<Position> history = positions.history(campaignId(), s.id(), d.id());
            format.print(context, history, List.of("date", "level", "meeting", "evidence", "note"),
                    p -> Arrays.asList(p.statedOn(), p.level(), p.evidenceInteractionId(), p.evidenceDocument(),
                            p.note()));
            return 0;
        }
    }
}
