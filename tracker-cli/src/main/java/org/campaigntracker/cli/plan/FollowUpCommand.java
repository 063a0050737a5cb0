package org.campaigntracker.cli.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.FollowUps;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker followup add|list|done}. */
@Command(name = "followup", mixinStandardHelpOptions = true,
        subcommands = {FollowUpCommand.Add.class, FollowUpCommand.ListFollowUps.class, FollowUpCommand.Done.class})
public final class FollowUpCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "followup.title")
        String title;

        @Option(names = "--due", converter = DateConverter.class, descriptionKey = "followup.due")
        LocalDate due;

        @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "followup.owner")
        String owner;

        @Option(names = "--meeting", paramLabel = "<id>", descriptionKey = "followup.meeting")
        Long meeting;

        @Option(names = "--stakeholder", paramLabel = "<stakeholder>", descriptionKey = "followup.stakeholder")
        String stakeholder;

        @Option(names = "--demand", descriptionKey = "followup.demand")
        String demand;

        @Uses
        FollowUps followUps;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long ownerId = owner == null ? null : find().member(owner).id();
            Long about = stakeholder == null ? null : find().stakeholder(stakeholder).id();
            Long demandId = demand == null ? null : find().demand(demand).id();
            FollowUp f = followUps.add(campaignId(), new FollowUpDraft(title, ownerId, due, null, meeting, about,
                    demandId));
            say("followup.added", f.id(), f.title());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListFollowUps extends Action {
        @Option(names = "--all", descriptionKey = "followup.all")
        boolean all;

        @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "followup.owner_filter")
        String owner;

        @Option(names = "--mine", descriptionKey = "followup.mine")
        boolean mine;

        @Mixin
        FormatOptions format;

        @Uses
        Members members;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Demands demands;

        @Uses
        FollowUps followUps;

        ListFollowUps(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Map<Long, String> owners = members.list(campaignId()).stream()
                    .collect(Collectors.toMap(Member::id, Member::displayName));
            LocalDate today = today();
            Long ownerId = find().whose(owner, mine);
            Map<Long, String> about = stakeholders.list(campaignId()).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            Map<Long, String> codes = demands.demands(campaignId()).stream()
                    .collect(Collectors.toMap(Demand::id, Demand::code));
            format.print(context, followUps.list(campaignId(), !all).stream()
                            .filter(f -> ownerId == null || ownerId.equals(f.ownerId())).toList(),
                    List.of("id", "title", "owner", "due_on", "done_on", "meeting", "about", "demand", "overdue"),
                    f -> Arrays.asList(f.id(), f.title(), f.ownerId() == null ? null : owners.get(f.ownerId()),
                            f.dueOn(), f.doneOn(), f.interactionId(),
                            f.stakeholderId() == null ? null : about.get(f.stakeholderId()),
                            f.demandId() == null ? null : codes.get(f.demandId()),
                            f.overdueOn(today) ? msg("word.yes") : ""));
            return 0;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true)
    static final class Done extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "followup.id")
        long id;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "option.done_on")
        LocalDate on;

        @Uses
        FollowUps followUps;

        Done(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            FollowUp f = followUps.followUp(campaignId(), id);
            followUps.done(campaignId(), id, f.version(), on != null ? on : today());
            say("followup.done", id, f.title());
            return 0;
        }
    }
}
