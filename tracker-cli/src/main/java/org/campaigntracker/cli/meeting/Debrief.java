package org.campaigntracker.cli.meeting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliMessages;
import org.campaigntracker.cli.Prompter;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.Commitments;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.Positions;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * After a meeting is logged on a terminal: what each target said about each demand discussed (a position, with
 * the meeting as evidence) and what they promised (commitments). Every answer may be left blank to skip.
 */
final class Debrief {

    private final Action action;
    private final Prompter prompter;
    private final CliMessages messages;
    private final Positions positions;
    private final Commitments commitments;

    Debrief(Action action, Prompter prompter, Positions positions, Commitments commitments) {
        this.action = action;
        this.prompter = prompter;
        this.messages = action.context().messages();
        this.positions = positions;
        this.commitments = commitments;
    }

    void run(Interaction meeting, List<Stakeholder> participants, List<Demand> discussed) {
        if (participants.isEmpty() || !prompter.confirm(messages.get("debrief.start"), false)) {
            return;
        }
        if (!discussed.isEmpty()) {
            prompter.say(messages.get("debrief.levels", String.join(", ",
                    Arrays.stream(PositionLevel.values()).map(l -> l.label(messages.locale())).toList())));
            for (Stakeholder s : participants) {
                for (Demand d : discussed) {
                    position(meeting, s, d);
                }
            }
        }
        commitments(meeting, participants, discussed);
    }

    private void position(Interaction meeting, Stakeholder s, Demand d) {
        while (true) {
            String answer = prompter.ask(messages.get("debrief.position", s.label(), d.label()), "");
            if (answer == null || answer.isBlank()) {
                return;
            }
            Optional<PositionLevel> typed = PositionLevel.fromWords(answer);
            if (typed.isPresent()) {
                PositionLevel level = typed.get();
                positions.record(action.campaignId(), new PositionDraft(s.id(), d.id(),
                        level, meeting.occurredOn(), meeting.id(), null, null, null));
                prompter.say(messages.get("position.recorded", s.label(), d.code(), level.label(messages.locale())));
                return;
            }
            prompter.say(messages.get("debrief.unknown_level", answer));
        }
    }

    private void commitments(Interaction meeting, List<Stakeholder> participants, List<Demand> discussed) {
        while (true) {
            String what = prompter.ask(messages.get("debrief.commitment"), "");
            if (what == null || what.isBlank()) {
                return;
            }
            Stakeholder who = participants.size() == 1 ? participants.get(0)
                    : participants.get(prompter.choose(messages.get("debrief.who"),
                            participants.stream().map(Stakeholder::label).toList()));
            String due = prompter.ask(messages.get("debrief.due"), "");
            try {
                LocalDate dueOn = due == null || due.isBlank() ? null : DateConverter.parse(due, LocalDate.now());
                Long demandId = discussed.size() == 1 ? discussed.get(0).id() : null;
                commitments.add(action.campaignId(), new CommitmentDraft(who.id(), what,
                        demandId, meeting.id(), meeting.occurredOn(), dueOn, null, null));
                prompter.say(messages.get("commitment.added", who.label(), what));
            } catch (TrackerException e) {
                prompter.say(e.message(action.context().locale()));
            }
        }
    }
}
