package org.campaigntracker.cli.meeting;

import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What becomes of a planned meeting ({@code meeting held}, {@code meeting cancel}) and of a partner's contribution
 * ({@code meeting reject}, {@code meeting reinstate}). Each is one change under the interaction's version: a
 * colleague's change in between is refused, not overwritten.
 */
final class MeetingStatusCommands {

    private MeetingStatusCommands() {
    }

    @Command(name = "held", mixinStandardHelpOptions = true)
    static final class Held extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "meeting.held_on")
        LocalDate on;

        @Option(names = "--summary", descriptionKey = "meeting.summary")
        String summary;

        @Option(names = "--outcome", descriptionKey = "meeting.outcome")
        String outcome;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        Held(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            InteractionDraft d = i.toDraft();
            // Held on the planned day unless told otherwise; a plan for a later day was held today.
            LocalDate day = on != null ? on : d.occurredOn().isAfter(today()) ? today() : d.occurredOn();
            InteractionDraft held = new InteractionDraft(d.kind(), day, d.title(),
                    summary != null ? summary : d.summary(), d.publicSummary(), outcome != null ? outcome : d.outcome(),
                    d.place(), d.participantIds(), d.attendeeIds(), d.demandIds(), InteractionStatus.HELD,
                    d.organisationId());
            Interaction saved = interactions.update(campaignId(), i.id(), i.version(), held);
            say("meeting.held", saved.id(), saved.title(), Dates.show(context.locale(), saved.occurredOn()));
            MeetingCommand.warnOfDoubleAsks(this, interactions, saved,
                    MeetingCommand.people(stakeholders, campaignId(), saved));
            return 0;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true)
    static final class Cancel extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Uses
        Interactions interactions;

        Cancel(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            Interaction saved = interactions.update(campaignId(), i.id(), i.version(),
                    i.toDraft().withStatus(InteractionStatus.CANCELLED));
            say("meeting.cancelled", saved.id(), saved.title());
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true)
    static final class Reject extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Option(names = "--reason", descriptionKey = "meeting.reason")
        String reason;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        Reject(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            Interaction saved = interactions.reject(campaignId(), i.id(), i.version(), reason);
            say("meeting.rejected", saved.id(), saved.title(),
                    stakeholders.get(campaignId(), saved.loggedByOrganisationId()).label());
            return 0;
        }
    }

    @Command(name = "reinstate", mixinStandardHelpOptions = true)
    static final class Reinstate extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "meeting.id")
        long id;

        @Uses
        Interactions interactions;

        Reinstate(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Interaction i = interactions.get(campaignId(), id);
            Interaction saved = interactions.reinstate(campaignId(), i.id(), i.version());
            say("meeting.reinstated", saved.id(), saved.title());
            return 0;
        }
    }
}
