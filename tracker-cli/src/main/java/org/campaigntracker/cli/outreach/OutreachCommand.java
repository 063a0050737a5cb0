package org.campaigntracker.cli.outreach;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.OutreachCoverage;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.outreach.Outreaches;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code tracker outreach add|edit|list|show}: press kits, press releases, pitches and op-ed offers sent. */
@Command(name = "outreach", mixinStandardHelpOptions = true,
        subcommands = {OutreachCommand.Add.class, OutreachEdit.class, OutreachCommand.ListOutreach.class,
                OutreachCommand.Show.class})
public final class OutreachCommand {

    @Mixin
    GlobalOptions global;

    /** {@code --kind}: the code ({@code press_kit}) or the words of either language ("dossier de presse"). */
    static final class Kinds extends WireEnum<OutreachKind> {
        Kinds() {
            super(OutreachKind.class);
        }

        @Override
        public OutreachKind convert(String value) {
            for (OutreachKind kind : OutreachKind.values()) {
                for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
                    if (Names.key(Labels.of(kind, language)).equals(Names.key(value))
                            || Names.key(kind.name()).equals(Names.key(value))) {
                        return kind;
                    }
                }
            }
            throw new TypeConversionException("expected one of " + String.join(", ", codes()) + " but was '"
                    + value + "'");
        }
    }

    /** An embargo: 2022-09-20T06:00+02:00, 2022-09-20T06:00 (local time) or a day (from midnight, local time). */
    static final class Embargo implements ITypeConverter<OffsetDateTime> {
        @Override
        public OffsetDateTime convert(String value) {
            try {
                return OffsetDateTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(value.strip()).atZone(ZoneId.systemDefault()).toOffsetDateTime();
                } catch (DateTimeParseException e2) {
                    return new DateConverter().convert(value).atStartOfDay(ZoneId.systemDefault())
                            .toOffsetDateTime();
                }
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Option(names = "--title", required = true, descriptionKey = "outreach.title")
        String title;

        @Option(names = "--kind", required = true, converter = Kinds.class, completionCandidates = Kinds.class,
                descriptionKey = "outreach.kind")
        OutreachKind kind;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "outreach.on")
        LocalDate on;

        @Option(names = "--embargo", converter = Embargo.class, descriptionKey = "outreach.embargo")
        OffsetDateTime embargo;

        @Option(names = "--journalist", arity = "1..*", paramLabel = "<stakeholder>",
                descriptionKey = "outreach.journalists")
        List<String> journalists = new ArrayList<>();

        @Option(names = "--outlet", arity = "1..*", descriptionKey = "outreach.outlets")
        List<String> outlets = new ArrayList<>();

        @Option(names = "--attachment", arity = "1..*", descriptionKey = "outreach.attachments")
        List<String> attachments = new ArrayList<>();

        @Option(names = "--demand", arity = "1..*", descriptionKey = "outreach.demands")
        List<String> demands = new ArrayList<>();

        @Uses
        Outreaches outreach;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Outreach o = outreach.add(campaignId(), new OutreachDraft(kind, on != null ? on : today(), title, embargo,
                    find().demands(demands).stream().map(Demand::id).toList(),
                    find().stakeholders(journalists).stream().map(Stakeholder::id).toList(), outlets, attachments));
            say("outreach.added", o.id(), o.title(), o.kind().words(context.locale()),
                    Dates.show(context.locale(), o.sentOn()), o.journalistIds().size(), o.outlets().size());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListOutreach extends Action {
        @Mixin
        FormatOptions format;

        @Uses
        Outreaches outreach;

        ListOutreach(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            format.print(context, outreach.coverage(campaignId()),
                    List.of("id", "date", "kind", "title", "outlets", "items", "days_to_coverage"),
                    c -> Arrays.asList(c.outreach().id(), c.outreach().sentOn(), c.outreach().kind(),
                            c.outreach().title(), c.outreach().outlets().size(), c.items().size(),
                            c.daysToCoverage()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "outreach.which")
        String title;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Uses
        Outreaches outreach;

        @Uses
        Stakeholders stakeholders;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Outreach o = find().pick(() -> outreach.find(campaignId(), title), () -> outreach.list(campaignId()),
                    Outreach::title);
            OutreachCoverage c = outreach.coverage(campaignId()).stream().filter(x -> x.outreach().id() == o.id())
                    .findFirst().orElseThrow(() -> InvalidInputException.of("title", "required"));
            if (json) {
                Json.print(context.out(), c);
                return 0;
            }
            Map<Long, String> names = stakeholders.list(campaignId()).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            PrintWriter out = context.out();
            out.println("#" + o.id() + " " + o.title() + " (" + o.kind().words(context.locale()) + ")");
            out.println(msg("outreach.show.sent", date(o.sentOn())));
            if (o.embargoUntil() != null) {
                // In this machine's time zone, as the user gave it (an offset is kept only as an instant).
                out.println(msg("outreach.show.embargo", o.embargoUntil().atZoneSameInstant(ZoneId.systemDefault())
                        .format(java.time.format.DateTimeFormatter.ofPattern(
                                "fr".equals(context.locale().getLanguage()) ? "dd/MM/uuuu HH:mm xxx"
                                        : "uuuu-MM-dd HH:mm xxx"))));
            }
            o.journalistIds().forEach(j -> out.println("  " + msg("outreach.show.journalist", names.get(j))));
            o.outlets().forEach(x -> out.println("  " + msg("outreach.show.outlet", x)));
            o.attachments().forEach(a -> out.println("  " + msg("outreach.show.attachment", a)));
            out.println(c.items().isEmpty() ? msg("report.outreach.none")
                    : msg("report.outreach.items", c.items().size(), c.daysToCoverage()));
            c.items().forEach(i -> out.println("  " + date(i.publishedOn()) + "  " + i.outlet() + ": " + i.title()));
            if (!c.notReached().isEmpty()) {
                out.println(msg("outreach.show.not_reached", String.join(", ", c.notReached())));
            }
            out.flush();
            return 0;
        }

        private String date(LocalDate day) {
            return Dates.show(context.locale(), day);
        }
    }
}
