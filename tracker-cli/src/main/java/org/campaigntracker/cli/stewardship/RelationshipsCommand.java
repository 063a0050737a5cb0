package org.campaigntracker.cli.stewardship;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.stewardship.RelationshipDue;
import org.campaigntracker.core.stewardship.Stewardships;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker relationships due [--owner <member>] [--as-of <date>]}. */
@Command(name = "relationships", mixinStandardHelpOptions = true, subcommands = RelationshipsCommand.Due.class)
public final class RelationshipsCommand {

    @Mixin
    GlobalOptions global;

    /** Relationships past their cadence: never contacted first, then the most overdue. */
    @Command(name = "due", mixinStandardHelpOptions = true)
    static final class Due extends Action {
        @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "relationships.owner")
        String owner;

        @Option(names = "--as-of", converter = DateConverter.class, descriptionKey = "relationships.as_of")
        LocalDate asOf;

        @Mixin
        FormatOptions format;

        @Uses
        Stewardships stewardship;

        Due(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long ownerId = owner == null ? null : find().member(owner).id();
            List<RelationshipDue> due = stewardship.due(campaignId(), ownerId, asOf != null ? asOf : today());
            if (due.isEmpty() && !format.json() && !format.csv()) {
                say("relationships.none");
                return 0;
            }
            format.print(context, due, List.of("stakeholder", "owner", "cadence_days", "last_contact", "with",
                    "overdue_days"), d -> Arrays.asList(d.stakeholder(), d.ownerName(), d.cadenceDays(),
                    d.lastContactOn(), String.join(", ", d.lastContactBy()), d.overdueDays() != null
                            ? d.overdueDays() : format.json() || format.csv() ? null : msg("relationships.never")));
            return 0;
        }
    }
}
