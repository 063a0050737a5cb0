package org.campaigntracker.cli.meeting;

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
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker meeting log|plan|import|list|show|edit|held|cancel|reject|reinstate}; {@code interaction} is the
 * same command.
 */
@Command(name = "meeting", aliases = "interaction", mixinStandardHelpOptions = true,
        subcommands = {MeetingLog.class, MeetingPlan.class, MeetingImport.class, MeetingCommand.ListMeetings.class,
                MeetingCommand.Show.class, MeetingCommand.Edit.class, MeetingStatusCommands.Held.class,
                MeetingStatusCommands.Cancel.class, MeetingStatusCommands.Reject.class,
                MeetingStatusCommands.Reinstate.class})
public final class MeetingCommand {

    static final List<String> COLUMNS = List.of("id", "date", "kind", "title", "with", "demands", "status",
            "organisation");

    static final class Statuses extends WireEnum<InteractionStatus> {
        Statuses() {
            super(InteractionStatus.class);
        }
    }

    /** The stakeholders who took part, as records. */
    static List<Stakeholder> people(Stakeholders stakeholders, long campaignId, Interaction i) {
        return i.participantIds().stream().map(id -> stakeholders.get(campaignId, id)).toList();
    }

    /**
     * One warning line (standard error) for each other organisation's meeting with the same people within the
     * campaign's double-ask window; the write has happened, this only says so.
     */
    static void warnOfDoubleAsks(Action action, Interactions interactions, Interaction saved,
                                 List<Stakeholder> participants) {
        var ctx = action.context();
        for (DoubleAsk ask : interactions.doubleAsks(action.campaignId(), saved)) {
            String who = ask.organisation() != null ? ask.organisation()
                    : ctx.messages().get("meeting.the_coalition");
            String whom = String.join(", ", participants.stream().filter(s -> ask.stakeholderIds().contains(s.id()))
                    .map(Stakeholder::label).toList());
            ctx.err().println(ctx.messages().get(ask.status() == InteractionStatus.PLANNED
                            ? "meeting.double_ask_planned" : "meeting.double_ask_held", who, whom,
                    org.campaigntracker.cli.output.Dates.show(ctx.locale(), ask.on()), ask.daysApart(),
                    ask.interactionId()));
        }
        ctx.err().flush();
    }

    @Mixin
    GlobalOptions global;

    static final class Kinds extends WireEnum<InteractionKind> {
        Kinds() {
            super(InteractionKind.class);
        }
    }

    /** Labels of stakeholders and codes of demands, to show ids as names. */
    record Names(Map<Long, String> stakeholders, Map<Long, String> demands) {
        static Names of(Stakeholders stakeholders, Demands demands, long campaignId) {
            return new Names(stakeholders.list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label)),
                    demands.demands(campaignId).stream()
                            .collect(Collectors.toMap(Demand::id, Demand::code)));
        }

        List<String> with(Interaction i) {
            return i.participantIds().stream().map(stakeholders::get).toList();
        }

        List<String> demandCodes(Interaction i) {
            return i.demandIds().stream().map(demands::get).toList();
        }

        /** The partner organisation that made it; null for the coalition. */
        String organisation(Interaction i) {
            return i.organisationId() == null ? null : stakeholders.get(i.organisationId());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListMeetings extends Action {
        @Option(names = "--with", paramLabel = "<name>", descriptionKey = "meeting.filter_with")
        String with;

        @Option(names = "--demand", paramLabel = "<demand>", descriptionKey = "meeting.filter_demand")
        String demand;

        @Option(names = "--kind", converter = Kinds.class, completionCandidates = Kinds.class,
                descriptionKey = "meeting.filter_kind")
        InteractionKind kind;

        @Option(names = "--from", converter = DateConverter.class, descriptionKey = "option.from")
        LocalDate from;

        @Option(names = "--to", converter = DateConverter.class, descriptionKey = "option.to")
        LocalDate to;

        @Option(names = "--limit", defaultValue = "50", descriptionKey = "option.limit")
        int limit;

        @Option(names = "--status", converter = Statuses.class, completionCandidates = Statuses.class,
                descriptionKey = "meeting.filter_status")
        InteractionStatus status;

        @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>",
                descriptionKey = "meeting.filter_organisation")
        String organisation;

        @Option(names = "--contributed", descriptionKey = "meeting.filter_contributed")
        boolean contributed;

        @Option(names = "--rejected", descriptionKey = "meeting.filter_rejected")
        boolean rejected;

        @Mixin
        FormatOptions format;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Demands demands;

        ListMeetings(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            InteractionFilter filter = new InteractionFilter(kind,
                    with == null ? null : find().stakeholder(with).id(),
                    demand == null ? null : find().demand(demand).id(), from, to, status,
                    organisation == null ? null : find().organisation(organisation).id(), contributed ? true : null,
                    rejected ? true : null);
            List<Interaction> found = interactions.list(campaignId(), filter, Page.first(limit));
            Names names = Names.of(stakeholders, demands, campaignId());
            format.print(context, found, COLUMNS, i -> Arrays.asList(i.id(), i.occurredOn(), i.kind(),
                    i.title(), names.with(i), names.demandCodes(i), i.status(), names.organisation(i)));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Mixin
        FormatOptions format;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Demands demands;

        @Uses
        Members members;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            Names names = Names.of(stakeholders, demands, campaignId());
            String loggedBy = i.loggedByMemberId() != null
                    ? members.get(campaignId(), i.loggedByMemberId()).displayName()
                    : i.loggedByOrganisationId() != null ? names.stakeholders().get(i.loggedByOrganisationId()) : null;
            format.show(context, i, List.of("id", "date", "kind", "title", "with", "demands", "status",
                    "organisation", "logged_by", "place", "summary", "public_summary", "outcome", "rejected",
                    "rejection_reason"), Arrays.asList(i.id(), i.occurredOn(), i.kind(), i.title(),
                    names.with(i), names.demandCodes(i), i.status(), names.organisation(i) != null
                            ? names.organisation(i) : msg("meeting.the_coalition"), loggedBy, i.place(), i.summary(),
                    i.publicSummary(), i.outcome(), i.rejectedAt() == null ? null : i.rejectedAt().toLocalDate(),
                    i.rejectionReason()));
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "meeting.on")
        LocalDate on;

        @Option(names = "--title", descriptionKey = "meeting.title")
        String title;

        @Option(names = "--summary", descriptionKey = "meeting.summary")
        String summary;

        @Option(names = "--outcome", descriptionKey = "meeting.outcome")
        String outcome;

        @Option(names = "--place", descriptionKey = "meeting.place")
        String place;

        @Option(names = "--with", arity = "1..*", paramLabel = "<name>", descriptionKey = "meeting.replace_with")
        List<String> with;

        @Option(names = "--demand", arity = "1..*", paramLabel = "<demand>", descriptionKey = "meeting.replace_demand")
        List<String> demands;

        @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>", descriptionKey = "meeting.organisation")
        String organisation;

        @Option(names = "--coalition", descriptionKey = "meeting.coalition")
        boolean coalition;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        Edit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            InteractionDraft d = i.toDraft();
            List<Long> participants = with == null ? d.participantIds()
                    : find().stakeholders(with).stream().map(Stakeholder::id).toList();
            List<Long> demandIds = demands == null ? d.demandIds()
                    : find().demands(demands).stream().map(Demand::id).toList();
            if (organisation != null && coalition) {
                throw org.campaigntracker.core.common.InvalidInputException.of("organisation", "not_with",
                        "--coalition");
            }
            Long organisationId = coalition ? null : organisation != null
                    ? Long.valueOf(find().organisation(organisation).id()) : d.organisationId();
            // Status and organisation are kept: an edit of the notes never turns a plan into a held meeting.
            InteractionDraft changed = new InteractionDraft(d.kind(), on != null ? on : d.occurredOn(),
                    title != null ? title : d.title(), summary != null ? summary : d.summary(), d.publicSummary(),
                    outcome != null ? outcome : d.outcome(), place != null ? place : d.place(), participants,
                    d.attendeeIds(), demandIds, d.status(), organisationId);
            Interaction saved = interactions.update(campaignId(), i.id(), i.version(), changed);
            say("meeting.updated", saved.id(), saved.title());
            if (on != null || with != null) {
                warnOfDoubleAsks(this, interactions, saved, people(stakeholders, campaignId(), saved));
            }
            return 0;
        }
    }
}
