package org.campaigntracker.cli.ledger;

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
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.Commitments;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker commitment add|list|done}. */
@Command(name = "commitment", mixinStandardHelpOptions = true,
        subcommands = {CommitmentCommand.Add.class, CommitmentCommand.ListCommitments.class,
                CommitmentCommand.Done.class, CommitmentCommand.Confirm.class, CommitmentAssign.class})
public final class CommitmentCommand {

    @Mixin
    GlobalOptions global;

    static final class Statuses extends WireEnum<CommitmentStatus> {
        Statuses() {
            super(CommitmentStatus.class);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "commitment.who")
        String who;

        @Parameters(index = "1", paramLabel = "<description>", descriptionKey = "commitment.what")
        String what;

        @Option(names = "--demand", descriptionKey = "commitment.demand")
        String demand;

        @Option(names = "--meeting", paramLabel = "<id>", descriptionKey = "commitment.meeting")
        Long meeting;

        @Option(names = "--made-on", converter = DateConverter.class, descriptionKey = "commitment.made_on")
        LocalDate madeOn;

        @Option(names = "--due", converter = DateConverter.class, descriptionKey = "commitment.due")
        LocalDate due;

        @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "commitment.owner")
        String owner;

        @Uses
        Interactions interactions;

        @Uses
        Commitments commitments;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Stakeholder s = find().stakeholder(who);
            Long demandId = demand == null ? null : find().demand(demand).id();
            LocalDate made = madeOn != null ? madeOn
                    : meeting != null ? interactions.get(campaignId(), meeting).occurredOn() : today();
            Commitment c = commitments.add(campaignId(),
                    new CommitmentDraft(s.id(), what, demandId, meeting, made, due, null, null,
                            owner == null ? null : find().member(owner).id()));
            say("commitment.added_id", c.id(), s.label(), c.description());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommitments extends Action {
        @Option(names = "--status", converter = Statuses.class, completionCandidates = Statuses.class,
                descriptionKey = "commitment.filter_status")
        CommitmentStatus status;

        @Option(names = "--with", paramLabel = "<stakeholder>", descriptionKey = "commitment.filter_who")
        String who;

        @Option(names = "--owner", paramLabel = "<member>", descriptionKey = "commitment.owner_filter")
        String owner;

        @Option(names = "--mine", descriptionKey = "commitment.mine")
        boolean mine;

        @Mixin
        FormatOptions format;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Demands demands;

        @Uses
        Members members;

        @Uses
        Commitments commitments;

        ListCommitments(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long whoId = who == null ? null : find().stakeholder(who).id();
            Map<Long, String> names = stakeholders.list(campaignId()).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            Map<Long, String> codes = demands.demands(campaignId()).stream()
                    .collect(Collectors.toMap(Demand::id, Demand::code));
            LocalDate today = today();
            Long ownerId = find().whose(owner, mine);
            Map<Long, String> owners = members.list(campaignId()).stream()
                    .collect(Collectors.toMap(Member::id, Member::displayName));
            format.print(context, commitments.list(campaignId(), status, whoId, null).stream()
                            .filter(c -> ownerId == null || ownerId.equals(c.ownerId())).toList(),
                    List.of("id", "who", "description", "demand", "made_on", "due_on", "status", "overdue",
                            "confirmation_requested", "confirmation_received", "owner"),
                    c -> Arrays.asList(c.id(), names.get(c.stakeholderId()), c.description(),
                            c.demandId() == null ? null : codes.get(c.demandId()), c.madeOn(), c.dueOn(), c.status(),
                            c.overdueOn(today) ? msg("word.yes") : "", c.confirmationRequestedOn(),
                            c.confirmationReceivedOn(), c.ownerId() == null ? null : owners.get(c.ownerId())));
            return 0;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true)
    static final class Done extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "commitment.id")
        long id;

        @Option(names = "--status", defaultValue = "kept", converter = Statuses.class,
                completionCandidates = Statuses.class, descriptionKey = "commitment.status")
        CommitmentStatus status;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "commitment.on")
        LocalDate on;

        @Uses
        Commitments commitments;

        Done(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            if (status == CommitmentStatus.open) {
                throw InvalidInputException.of("status", "one_of", "kept, broken, withdrawn");
            }
            Commitment c = commitments.commitment(campaignId(), id);
            commitments.close(campaignId(), id, c.version(), status, on != null ? on : today());
            say("commitment.closed", id, status.name());
            return 0;
        }
    }

    /** The written confirmation: asked for (as after the 17 January 2023 meeting), then received. */
    @Command(name = "confirm", mixinStandardHelpOptions = true)
    static final class Confirm extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "commitment.id")
        long id;

        @Option(names = "--received", descriptionKey = "commitment.received")
        boolean received;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "commitment.confirm_on")
        LocalDate on;

        @Uses
        Commitments commitments;

        Confirm(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Commitment c = commitments.commitment(campaignId(), id);
            LocalDate day = on != null ? on : today();
            if (received) {
                commitments.confirmationReceived(campaignId(), id, c.version(), day);
                say("commitment.confirmation_received", id, Dates.show(context.locale(), day));
            } else {
                commitments.requestConfirmation(campaignId(), id, c.version(), day);
                say("commitment.confirmation_requested", id, Dates.show(context.locale(), day));
            }
            return 0;
        }
    }
}
