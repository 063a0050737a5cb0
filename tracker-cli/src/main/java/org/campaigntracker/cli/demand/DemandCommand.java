package org.campaigntracker.cli.demand;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.ledger.LedgerCommand;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.Table;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.demand.Revision;
import org.campaigntracker.core.demand.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker demand add|edit|list|show}. */
@Command(name = "demand", mixinStandardHelpOptions = true,
        subcommands = {DemandCommand.Add.class, DemandCommand.Edit.class, DemandCommand.ListDemands.class,
                DemandCommand.Show.class, LedgerCommand.class})
public final class DemandCommand {

    @Mixin
    GlobalOptions global;

    static void printHistory(CliContext context, List<Revision> revisions) {
        Table table = new Table(context.messages().get("col.version"), context.messages().get("col.title"),
                context.messages().get("col.valid_until"));
        revisions.forEach(r -> table.row(r.version(), r.title(),
                r.validUntil() == null ? "" : org.campaigntracker.cli.output.Dates.show(context.locale(),
                        r.validUntil().toLocalDate())));
        context.out().println();
        table.print(context.out(), Terminal.width(context.env()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<theme>", descriptionKey = "demand.theme")
        String theme;

        @Parameters(index = "1", paramLabel = "<title>", descriptionKey = "demand.title")
        String title;

        @Option(names = "--code", descriptionKey = "demand.code")
        String code;

        @Option(names = "--body", descriptionKey = "demand.body")
        String body;

        @Uses
        Demands demands;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Theme t = find().theme(theme);
            Demand d = demands.addDemand(campaignId(), new DemandDraft(t.id(), code, title, body, null));
            say("demand.added", d.code(), d.title());
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends Action {
        @Parameters(index = "0", paramLabel = "<demand>", descriptionKey = "demand.query")
        String query;

        @Option(names = "--title", descriptionKey = "demand.new_title")
        String title;

        @Option(names = "--body", descriptionKey = "demand.body")
        String body;

        @Option(names = "--theme", descriptionKey = "demand.move_theme")
        String theme;

        @Option(names = "--retire", converter = DateConverter.class, descriptionKey = "demand.retire")
        LocalDate retiredOn;

        @Uses
        Demands demands;

        Edit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Demand d = find().demand(query);
            long themeId = theme == null ? d.themeId() : find().theme(theme).id();
            Demand saved = demands.updateDemand(campaignId(), d.id(), d.version(), new DemandDraft(themeId,
                    d.code(), title != null ? title : d.title(), body != null ? body : d.body(),
                    retiredOn != null ? retiredOn : d.retiredOn()));
            say("demand.updated", saved.code(), saved.title());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListDemands extends Action {
        @Option(names = "--theme", descriptionKey = "demand.filter_theme")
        String theme;

        @Mixin
        FormatOptions format;

        @Uses
        Demands demands;

        ListDemands(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long themeId = theme == null ? null : find().theme(theme).id();
            Map<Long, String> themes = demands.themes(campaignId()).stream()
                    .collect(Collectors.toMap(Theme::id, Theme::code));
            List<Demand> shown = demands.demands(campaignId()).stream()
                    .filter(d -> themeId == null || d.themeId() == themeId).toList();
            format.print(context, shown, List.of("code", "theme", "title", "retired_on"),
                    d -> Arrays.asList(d.code(), themes.get(d.themeId()), d.title(), d.retiredOn()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        record Details(Demand demand, List<Revision> history) {
        }

        @Parameters(index = "0", paramLabel = "<demand>", descriptionKey = "demand.query")
        String query;

        @Option(names = "--history", descriptionKey = "option.history")
        boolean history;

        @Mixin
        FormatOptions format;

        @Uses
        Demands demands;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Demand d = find().demand(query);
            boolean withHistory = history;
            List<Revision> revisions = withHistory ? demands.demandHistory(campaignId(), d.id())
                    : List.of();
            format.show(context, new Details(d, revisions), List.of("code", "title", "body", "retired_on"),
                    Arrays.asList(d.code(), d.title(), d.body(), d.retiredOn()));
            if (withHistory && !format.json() && !format.csv()) {
                printHistory(context, revisions);
            }
            return 0;
        }
    }
}
