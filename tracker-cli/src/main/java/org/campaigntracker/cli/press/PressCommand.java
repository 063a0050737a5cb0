package org.campaigntracker.cli.press;

import java.time.LocalDate;
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
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.Outreaches;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressItems;
import org.campaigntracker.core.press.PressTone;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker press add|list|show}. */
@Command(name = "press", mixinStandardHelpOptions = true,
        subcommands = {PressCommand.Add.class, PressCommand.ListPress.class, PressCommand.Show.class,
                PressReport.class})
public final class PressCommand {

    @Mixin
    GlobalOptions global;

    static final class Media extends WireEnum<PressMedium> {
        Media() {
            super(PressMedium.class);
        }
    }

    static final class Tones extends WireEnum<PressTone> {
        Tones() {
            super(PressTone.class);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "press.title")
        String title;

        @Option(names = "--outlet", required = true, descriptionKey = "press.outlet")
        String outlet;

        @Option(names = "--medium", required = true, converter = Media.class, completionCandidates = Media.class,
                descriptionKey = "press.medium")
        PressMedium medium;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "press.on")
        LocalDate on;

        @Option(names = "--url", descriptionKey = "press.url")
        String url;

        @Option(names = "--journalist", descriptionKey = "press.journalist")
        String journalist;

        @Option(names = "--tone", converter = Tones.class, completionCandidates = Tones.class,
                descriptionKey = "press.tone")
        PressTone tone;

        @Option(names = "--summary", descriptionKey = "press.summary")
        String summary;

        @Option(names = "--theme", arity = "1..*", descriptionKey = "press.themes")
        List<String> themes = new ArrayList<>();

        @Option(names = "--demand", arity = "1..*", descriptionKey = "press.demands")
        List<String> demands = new ArrayList<>();

        @Option(names = "--quote", arity = "1..*", paramLabel = "<stakeholder>", descriptionKey = "press.quoted")
        List<String> quoted = new ArrayList<>();

        @Option(names = "--outreach", paramLabel = "<outreach>", descriptionKey = "press.outreach")
        String outreachTitle;

        @Uses
        PressItems press;

        @Uses
        Outreaches outreach;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            PressItemDraft draft = new PressItemDraft(outlet, medium, on != null ? on : today(), title, url,
                    journalist, null, tone, summary, themes.stream().map(t -> find().theme(t).id()).toList(),
                    find().demands(demands).stream().map(Demand::id).toList(),
                    find().stakeholders(quoted).stream().map(Stakeholder::id).toList(), List.of());
            // The send is found before anything is written: a wrong name leaves no item behind.
            Outreach led = outreachTitle == null ? null : find().pick(() -> outreach.find(campaignId(), outreachTitle),
                    () -> outreach.list(campaignId()), Outreach::title);
            PressItem item = press.add(campaignId(), draft);
            if (led != null) {
                outreach.linkPressItem(campaignId(), item.id(), led.id());
            }
            say("press.added", item.id(), item.outlet(), item.title());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPress extends Action {
        @Option(names = "--demand", descriptionKey = "press.filter_demand")
        String demand;

        @Option(names = "--medium", converter = Media.class, completionCandidates = Media.class,
                descriptionKey = "press.filter_medium")
        PressMedium medium;

        @Option(names = "--from", converter = DateConverter.class, descriptionKey = "option.from")
        LocalDate from;

        @Option(names = "--to", converter = DateConverter.class, descriptionKey = "option.to")
        LocalDate to;

        @Mixin
        FormatOptions format;

        @Uses
        PressItems press;

        ListPress(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            PressFilter filter = new PressFilter(null, demand == null ? null : find().demand(demand).id(), null,
                    medium, from, to);
            format.print(context, press.list(campaignId(), filter),
                    List.of("id", "date", "outlet", "medium", "title", "tone", "url"),
                    p -> Arrays.asList(p.id(), p.publishedOn(), p.outlet(), p.medium(), p.title(),
                            p.tone(), p.url()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "press.id")
        long id;

        @Mixin
        FormatOptions format;

        @Uses
        PressItems press;

        @Uses
        Stakeholders stakeholders;

        @Uses
        Demands demands;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            PressItem p = press.get(campaignId(), id);
            Map<Long, String> names = stakeholders.list(campaignId()).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            Map<Long, String> codes = demands.demands(campaignId()).stream()
                    .collect(Collectors.toMap(Demand::id, Demand::code));
            format.show(context, p, List.of("id", "date", "outlet", "medium", "title", "url", "journalist", "tone",
                    "demands", "quoted", "summary"), Arrays.asList(p.id(), p.publishedOn(), p.outlet(),
                    p.medium(), p.title(), p.url(), p.journalist(), p.tone(),
                    p.demandIds().stream().map(codes::get).toList(),
                    p.quotedStakeholderIds().stream().map(names::get).toList(), p.summary()));
            return 0;
        }
    }
}
