package org.campaigntracker.cli.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.interaction.AgendaEntry;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker agenda [--from <date>] [--to <date> | --days <n>]}: the meetings planned across the coalition,
 * soonest first — plans whose day has passed (held or cancelled, nobody said) first — with who goes, with whom, the
 * demands to raise and any double ask: another organisation meeting the same people within the campaign's window.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true)
public final class AgendaCommand extends Action {

    /** How far back a plan whose day has passed is still shown. */
    static final int OVERDUE_DAYS = 30;

    @Option(names = "--from", converter = DateConverter.class, descriptionKey = "agenda.from")
    LocalDate from;

    @Option(names = "--to", converter = DateConverter.class, descriptionKey = "agenda.to")
    LocalDate to;

    @Option(names = "--days", paramLabel = "<n>", descriptionKey = "agenda.days")
    Integer days;

    @picocli.CommandLine.Mixin
    FormatOptions format;

    @Uses
    Interactions interactions;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Demands demands;

    public AgendaCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (to != null && days != null) {
            throw InvalidInputException.of("days", "not_with", "--to");
        }
        if (days != null && (days < 1 || days > 730)) {
            throw InvalidInputException.of("days", "range", 1, 730);
        }
        LocalDate first = from != null ? from : today().minusDays(OVERDUE_DAYS);
        LocalDate start = from != null ? from : today();
        LocalDate last = to != null ? to : start.plusDays(days != null ? days : 60);
        List<AgendaEntry> agenda = new ArrayList<>(interactions.agenda(campaignId(), first, last));
        // Plans whose day has passed first: someone has to say whether they were held.
        agenda.sort((a, b) -> Boolean.compare(!overdue(a), !overdue(b)));
        if (agenda.isEmpty() && !format.json() && !format.csv()) {
            say("agenda.none", Dates.show(context.locale(), start), Dates.show(context.locale(), last));
            return 0;
        }
        Map<Long, String> people = stakeholders.list(campaignId()).stream()
                .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
        Map<Long, String> codes = demands.demands(campaignId()).stream()
                .collect(Collectors.toMap(Demand::id, Demand::code));
        format.print(context, agenda, List.of("id", "date", "kind", "title", "with", "goes", "demands", "double_ask"),
                e -> {
                    Interaction i = e.interaction();
                    return Arrays.asList(i.id(), i.occurredOn(), i.kind(), i.title(),
                            i.participantIds().stream().map(people::get).toList(),
                            e.organisation() != null ? e.organisation() : msg("meeting.the_coalition"),
                            i.demandIds().stream().map(codes::get).toList(), doubleAsks(e, overdue(e)));
                });
        return 0;
    }

    private boolean overdue(AgendaEntry e) {
        return e.interaction().occurredOn().isBefore(today());
    }

    /** "Secours catholique 12/01/2027; the coalition 20/01/2027", and whether the day has passed. */
    private String doubleAsks(AgendaEntry e, boolean overdue) {
        List<String> parts = new ArrayList<>();
        if (overdue) {
            parts.add(msg("agenda.overdue"));
        }
        for (DoubleAsk ask : e.doubleAsks()) {
            parts.add((ask.organisation() != null ? ask.organisation() : msg("meeting.the_coalition")) + " "
                    + Dates.show(context.locale(), ask.on()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
