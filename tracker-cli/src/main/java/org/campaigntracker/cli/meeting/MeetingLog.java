package org.campaigntracker.cli.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Prompter;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.commitment.Commitments;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.position.Positions;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker meeting log}: every name is resolved and every field checked before anything is written. On a
 * terminal, what is missing is asked, the record is shown before saving, and a debrief follows. It is logged by the
 * member {@code tracker member use} named; another organisation meeting the same people close in time is a warning.
 */
@Command(name = "log", mixinStandardHelpOptions = true)
class MeetingLog extends Action {

    @Option(names = "--with", arity = "1..*", paramLabel = "<name>", descriptionKey = "meeting.with")
    List<String> with = new ArrayList<>();

    @Option(names = "--by", arity = "1..*", paramLabel = "<member>", descriptionKey = "meeting.by")
    List<String> by = new ArrayList<>();

    @Option(names = "--on", converter = DateConverter.class, descriptionKey = "meeting.on")
    LocalDate on;

    @Option(names = "--summary", descriptionKey = "meeting.summary")
    String summary;

    @Option(names = "--title", descriptionKey = "meeting.title")
    String title;

    @Option(names = "--demand", arity = "1..*", paramLabel = "<demand>", descriptionKey = "meeting.demand")
    List<String> demands = new ArrayList<>();

    @Option(names = "--outcome", descriptionKey = "meeting.outcome")
    String outcome;

    @Option(names = "--place", descriptionKey = "meeting.place")
    String place;

    @Option(names = "--kind", defaultValue = "meeting", converter = MeetingCommand.Kinds.class,
            completionCandidates = MeetingCommand.Kinds.class, descriptionKey = "meeting.kind")
    InteractionKind kind;

    @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>", descriptionKey = "meeting.organisation")
    String organisation;

    @Uses
    Interactions interactions;

    // For the debrief that follows on a terminal.
    @Uses
    Positions positions;

    @Uses
    Commitments commitments;

    MeetingLog(CliContext context) {
        super(context);
    }

    /** A plan ({@code meeting plan}) rather than what happened. */
    boolean planning() {
        return false;
    }

    @Override
    public Integer call() {
        Optional<Prompter> prompter = context.prompter();
        List<Stakeholder> participants = participants(prompter);
        List<Member> attendees = by.stream().map(find()::member).distinct().toList();
        List<Demand> discussed = find().demands(demands);
        Long organisationId = organisation == null ? null : Long.valueOf(find().organisation(organisation).id());
        LocalDate date = on != null ? on : prompter.map(p -> planning()
                ? p.ask(msg("prompt.planned_date"), null, typed -> planned(DateConverter.parse(required(typed), today())))
                : p.ask(msg("prompt.date"), Dates.show(context.locale(), today()),
                        typed -> DateConverter.parse(typed, today())))
                .orElse(planning() ? null : today());
        if (date == null) {
            throw InvalidInputException.of("on", "required");
        }
        if (planning()) {
            planned(date);
        }
        // A plan may say what to raise; what was said is asked only of what happened.
        String text = summary != null || planning() ? summary
                : prompter.map(p -> p.require(msg("prompt.summary"))).orElse(null);
        if (!planning() && (text == null || text.isBlank())) {
            throw InvalidInputException.of("summary", "required");
        }
        InteractionDraft draft = new InteractionDraft(kind, date, title != null ? title
                : msg("meeting.default_title." + kind.code(), labels(participants)), text, null, outcome, place,
                participants.stream().map(Stakeholder::id).toList(), attendees.stream().map(Member::id).toList(),
                discussed.stream().map(Demand::id).toList(), planning() ? InteractionStatus.PLANNED : null,
                organisationId);
        if (prompter.isPresent() && !confirm(prompter.get(), draft, participants, discussed)) {
            say("meeting.not_saved");
            return 0;
        }
        Interaction saved = interactions.log(campaignId(), draft, LoggedBy.member(find().currentMemberId()));
        say(saved.status() == InteractionStatus.PLANNED ? "meeting.planned" : "meeting.logged",
                Labels.of(kind, context.locale()), saved.id(), Dates.show(context.locale(), date),
                labels(participants));
        MeetingCommand.warnOfDoubleAsks(this, interactions, saved, participants);
        if (saved.status() == InteractionStatus.HELD) {
            prompter.ifPresent(p -> new Debrief(this, p, positions, commitments).run(saved, participants, discussed));
        }
        return 0;
    }

    private static String required(String typed) {
        if (typed == null) {
            throw InvalidInputException.of("on", "required");
        }
        return typed;
    }

    /** A plan is for a day to come: a passed day is refused (log what happened instead). */
    private LocalDate planned(LocalDate date) {
        if (date.isBefore(today())) {
            throw InvalidInputException.of("on", "plan_in_past", Dates.show(context.locale(), date));
        }
        return date;
    }

    private List<Stakeholder> participants(Optional<Prompter> prompter) {
        List<String> names = with;
        if (names.isEmpty() && kind.needsParticipant() && prompter.isPresent()) {
            names = Arrays.stream(prompter.get().require(msg("prompt.with")).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (names.isEmpty() && kind.needsParticipant()) {
            throw InvalidInputException.of("with", "required_for", kind.code());
        }
        return find().stakeholders(names);
    }

    private boolean confirm(Prompter p, InteractionDraft d, List<Stakeholder> participants, List<Demand> discussed) {
        p.say(msg("meeting.review"));
        p.say("  " + context.messages().labelled(msg("col.date"), Dates.show(context.locale(), d.occurredOn())));
        p.say("  " + context.messages().labelled(msg("col.title"), d.title()));
        p.say("  " + context.messages().labelled(msg("col.with"), labels(participants)));
        if (!discussed.isEmpty()) {
            p.say("  " + context.messages().labelled(msg("col.demands"),
                    String.join(", ", discussed.stream().map(Demand::label).toList())));
        }
        p.say("  " + context.messages().labelled(msg("col.summary"), d.summary()));
        if (d.outcome() != null) {
            p.say("  " + context.messages().labelled(msg("col.outcome"), d.outcome()));
        }
        return p.confirm(msg("prompt.save"), true);
    }

    static String labels(List<Stakeholder> stakeholders) {
        return String.join(", ", stakeholders.stream().map(Stakeholder::label).toList());
    }
}
