package org.campaigntracker.cli.mobilisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.mobilisation.Mobilisations;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker mobilisation add|count|list|show|deliver}; a platform's export: {@code tracker import counts}. */
@Command(name = "mobilisation", aliases = "mobilization", mixinStandardHelpOptions = true,
        subcommands = {MobilisationCommand.Add.class, MobilisationCommand.Count.class,
                MobilisationCommand.ListMobilisations.class, MobilisationShow.class,
                MobilisationCommand.Deliver.class})
public final class MobilisationCommand {

    @Mixin
    GlobalOptions global;

    /** A leaf command that names a mobilisation by a forgiving title. */
    public abstract static class OnMobilisation extends Action {
        @Uses
        Mobilisations mobilisations;

        OnMobilisation(CliContext context) {
            super(context);
        }

        Mobilisation mobilisation(String title) {
            return find().pick(() -> mobilisations.find(campaignId(), title),
                    () -> mobilisations.list(campaignId()), Mobilisation::title);
        }

        String kind(Mobilisation m) {
            return m.kind().words(context.locale());
        }

        String date(LocalDate day) {
            return Dates.show(context.locale(), day);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends OnMobilisation {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "mobilisation.title")
        String title;

        @Option(names = "--kind", defaultValue = "petition", converter = Kinds.class,
                completionCandidates = Kinds.class, descriptionKey = "mobilisation.kind")
        MobilisationKind kind;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "mobilisation.on")
        LocalDate on;

        @Option(names = "--count", descriptionKey = "mobilisation.count")
        Long count;

        @Option(names = "--demand", arity = "1..*", descriptionKey = "mobilisation.demands")
        List<String> demands = new ArrayList<>();

        @Option(names = "--target", arity = "1..*", paramLabel = "<stakeholder>",
                descriptionKey = "mobilisation.targets")
        List<String> targets = new ArrayList<>();

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            MobilisationDraft draft = new MobilisationDraft(title, kind, on != null ? on : today(),
                    find().demands(demands).stream().map(Demand::id).toList(),
                    find().stakeholders(targets).stream().map(Stakeholder::id).toList());
            Mobilisation m = mobilisations.add(campaignId(), draft, count);
            say(m.latest() == null ? "mobilisation.added" : "mobilisation.added_count", m.id(), m.title(), kind(m),
                    date(m.launchedOn()), m.latest() == null ? 0 : m.latest().count());
            return 0;
        }
    }

    @Command(name = "count", mixinStandardHelpOptions = true)
    static final class Count extends OnMobilisation {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "mobilisation.which")
        String title;

        @Parameters(index = "1", paramLabel = "<count>", descriptionKey = "mobilisation.count_value")
        long count;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "mobilisation.count_on")
        LocalDate on;

        Count(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Mobilisation m = mobilisation(title);
            MobilisationCount c = MobilisationCount.of(on != null ? on : today(), count);
            Mobilisation counted = mobilisations.count(campaignId(), m.id(), m.version(), c);
            MobilisationCount before = m.latestOn(c.countedOn().minusDays(1));
            if (before == null) {
                say("mobilisation.counted", counted.title(), c.count(), date(c.countedOn()));
            } else {
                long delta = (long) c.count() - before.count();
                say("mobilisation.counted_growth", counted.title(), c.count(), date(c.countedOn()),
                        (delta < 0 ? "−" : "+") + java.text.NumberFormat.getIntegerInstance(context.locale())
                                .format(Math.abs(delta)), date(before.countedOn()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListMobilisations extends OnMobilisation {
        @Mixin
        FormatOptions format;

        ListMobilisations(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            format.print(context, mobilisations.list(campaignId()),
                    List.of("id", "title", "kind", "launched_on", "count", "counted_on", "delivered_on"),
                    m -> Arrays.asList(m.id(), m.title(), m.kind(), m.launchedOn(),
                            m.latest() == null ? null : m.latest().count(),
                            m.latest() == null ? null : m.latest().countedOn(),
                            m.delivery() == null ? null : m.delivery().on()));
            return 0;
        }
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true)
    static final class Deliver extends OnMobilisation {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "mobilisation.which")
        String title;

        @Option(names = "--to", paramLabel = "<stakeholder>", descriptionKey = "mobilisation.to")
        String to;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "mobilisation.deliver_on")
        LocalDate on;

        @Option(names = "--answer", paramLabel = "<interaction id>", descriptionKey = "mobilisation.answer")
        Long answer;

        @Uses
        Interactions interactions;

        @Uses
        Stakeholders stakeholders;

        Deliver(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Mobilisation m = mobilisation(title);
            Stakeholder target = to == null ? null : find().stakeholder(to);
            LocalDate day = on != null ? on : m.delivery() != null ? m.delivery().on() : today();
            Long toId = target != null ? target.id() : m.delivery() == null ? null : m.delivery().toId();
            Mobilisation delivered = mobilisations.deliver(campaignId(), m.id(), m.version(),
                    new Delivery(day, toId, answer != null ? answer
                            : m.delivery() == null ? null : m.delivery().responseInteractionId()));
            Delivery d = delivered.delivery();
            String recipient = d.toId() == null ? "—" : target != null ? target.label()
                    : stakeholders.get(campaignId(), d.toId()).label();
            say(d.responseInteractionId() == null ? "mobilisation.delivered" : "mobilisation.delivered_answered",
                    delivered.title(), date(day), recipient, d.responseInteractionId() == null ? ""
                            : interactions.get(campaignId(), d.responseInteractionId()).title());
            return 0;
        }
    }
}
