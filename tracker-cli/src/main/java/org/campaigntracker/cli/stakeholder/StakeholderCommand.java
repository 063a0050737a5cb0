package org.campaigntracker.cli.stakeholder;

import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Prompter;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderFilter;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker stakeholder add|edit|show|list|link|contact}. */
@Command(name = "stakeholder", mixinStandardHelpOptions = true,
        subcommands = {StakeholderCommand.Add.class, StakeholderEdit.class, StakeholderShow.class,
                StakeholderCommand.ListStakeholders.class, StakeholderLink.class, StakeholderContact.class})
public final class StakeholderCommand {

    static final List<String> COLUMNS = List.of("id", "name", "organisation", "function", "category", "power",
            "stance");

    @Mixin
    GlobalOptions global;

    static final class Categories extends WireEnum<StakeholderCategory> {
        Categories() {
            super(StakeholderCategory.class);
        }
    }

    static List<?> cells(Stakeholder s) {
        return Arrays.asList(s.id(), s.name(), s.organisationName(), s.function(), s.category(), s.power(),
                s.stance());
    }

    /** Options shared by add and edit; null means "not given". */
    static class Fields {
        @Option(names = "--org", paramLabel = "<organisation>", descriptionKey = "stakeholder.org")
        String org;

        @Option(names = "--function", descriptionKey = "stakeholder.function")
        String function;

        @Option(names = "--category", converter = Categories.class, completionCandidates = Categories.class,
                descriptionKey = "stakeholder.category")
        StakeholderCategory category;

        @Option(names = "--power", descriptionKey = "stakeholder.power")
        Integer power;

        @Option(names = "--stance", descriptionKey = "stakeholder.stance")
        Integer stance;

        @Option(names = "--notes", descriptionKey = "stakeholder.notes")
        String notes;
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<name>", descriptionKey = "stakeholder.name")
        String name;

        @Option(names = "--organisation", descriptionKey = "stakeholder.is_organisation")
        boolean organisation;

        @Mixin
        Fields fields;

        @Uses
        Stakeholders stakeholders;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long orgId = fields.org == null ? null : organisationId(this, stakeholders, fields.org);
            StakeholderDraft draft = new StakeholderDraft(organisation ? StakeholderKind.organisation
                    : StakeholderKind.person, name, fields.function, orgId, fields.category, fields.power,
                    fields.stance, fields.notes);
            Stakeholder s = stakeholders.add(campaignId(), draft);
            say("stakeholder.added", s.label(), s.id());
            return 0;
        }
    }

    /** The organisation named by --org; on a terminal, an unknown one may be created on the spot. */
    static long organisationId(Action action, Stakeholders stakeholders, String query) {
        try {
            return action.find().organisation(query).id();
        } catch (NotFoundException e) {
            Prompter prompter = action.context().prompter().orElseThrow(() -> e);
            if (!prompter.confirm(action.context().messages().get("stakeholder.create_org", query), false)) {
                throw e;
            }
            return stakeholders.add(action.campaignId(),
                    StakeholderDraft.organisation(query, null)).id();
        }
    }

    static <T> T or(T given, T current) {
        return given != null ? given : current;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListStakeholders extends Action {
        @Option(names = "--category", converter = Categories.class, completionCandidates = Categories.class,
                descriptionKey = "stakeholder.filter_category")
        StakeholderCategory category;

        @Option(names = "--min-power", descriptionKey = "stakeholder.min_power")
        Integer minPower;

        @Option(names = "--org", paramLabel = "<organisation>", descriptionKey = "stakeholder.filter_org")
        String org;

        @Mixin
        FormatOptions format;

        @Uses
        Stakeholders stakeholders;

        ListStakeholders(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            StakeholderFilter filter = StakeholderFilter.ALL.withCategory(category).withMinPower(minPower)
                    .withOrganisation(org == null ? null : find().organisation(org).id());
            format.print(context, stakeholders.list(campaignId(), filter), COLUMNS,
                    StakeholderCommand::cells);
            return 0;
        }
    }
}
