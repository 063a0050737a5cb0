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
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker meeting log|import|list|show|edit}; {@code interaction} is the same command. */
@Command(name = "meeting", aliases = "interaction", mixinStandardHelpOptions = true,
        subcommands = {MeetingLog.class, MeetingImport.class, MeetingCommand.ListMeetings.class, MeetingCommand.Show.class,
                MeetingCommand.Edit.class})
public final class MeetingCommand {

    static final List<String> COLUMNS = List.of("id", "date", "kind", "title", "with", "demands");

    @Mixin
    GlobalOptions global;

    static final class Kinds extends WireEnum<InteractionKind> {
        Kinds() {
            super(InteractionKind.class);
        }
    }

    /** Labels of stakeholders and codes of demands, to show ids as names. */
    record Names(Map<Long, String> stakeholders, Map<Long, String> demands) {
        static Names of(StakeholderService stakeholders, DemandService demands, long campaignId) {
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

        @Mixin
        FormatOptions format;

        @Uses
        InteractionService interactions;

        @Uses
        StakeholderService stakeholders;

        @Uses
        DemandService demands;

        ListMeetings(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            InteractionFilter filter = new InteractionFilter(kind,
                    with == null ? null : find().stakeholder(with).id(),
                    demand == null ? null : find().demand(demand).id(), from, to);
            List<Interaction> found = interactions.list(campaignId(), filter, Page.first(limit));
            Names names = Names.of(stakeholders, demands, campaignId());
            format.print(context, found, COLUMNS, i -> Arrays.asList(i.id(), i.occurredOn(), i.kind(),
                    i.title(), names.with(i), names.demandCodes(i)));
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
        InteractionService interactions;

        @Uses
        StakeholderService stakeholders;

        @Uses
        DemandService demands;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            Names names = Names.of(stakeholders, demands, campaignId());
            format.show(context, i, List.of("id", "date", "kind", "title", "with", "demands", "place", "summary",
                    "public_summary", "outcome"), Arrays.asList(i.id(), i.occurredOn(), i.kind(), i.title(),
                    names.with(i), names.demandCodes(i), i.place(), i.summary(), i.publicSummary(), i.outcome()));
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

        @Uses
        InteractionService interactions;

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
            InteractionDraft changed = new InteractionDraft(d.kind(), on != null ? on : d.occurredOn(),
                    title != null ? title : d.title(), summary != null ? summary : d.summary(), d.publicSummary(),
                    outcome != null ? outcome : d.outcome(), place != null ? place : d.place(), participants,
                    d.attendeeIds(), demandIds);
            Interaction saved = interactions.update(campaignId(), i.id(), i.version(), changed);
            say("meeting.updated", saved.id(), saved.title());
            return 0;
        }
    }
}
