package org.campaigntracker.cli.demand;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.demand.Revision;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker theme add|edit|list|show}. */
@Command(name = "theme", mixinStandardHelpOptions = true,
        subcommands = {ThemeCommand.Add.class, ThemeCommand.Edit.class, ThemeCommand.ListThemes.class,
                ThemeCommand.Show.class})
public final class ThemeCommand {

    static final List<String> COLUMNS = List.of("code", "title", "retired_on");

    @Mixin
    GlobalOptions global;

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "theme.title")
        String title;

        @Option(names = "--code", descriptionKey = "theme.code")
        String code;

        @Option(names = "--description", descriptionKey = "theme.description")
        String description;

        @Uses
        Demands demands;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Theme t = demands.addTheme(campaignId(), new ThemeDraft(code, null, title, description, null));
            say("theme.added", t.code(), t.title());
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends Action {
        @Parameters(index = "0", paramLabel = "<theme>", descriptionKey = "theme.query")
        String query;

        @Option(names = "--title", descriptionKey = "theme.new_title")
        String title;

        @Option(names = "--description", descriptionKey = "theme.description")
        String description;

        @Option(names = "--retire", converter = DateConverter.class, descriptionKey = "theme.retire")
        LocalDate retiredOn;

        @Uses
        Demands demands;

        Edit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Theme t = find().theme(query);
            Theme saved = demands.updateTheme(campaignId(), t.id(), t.version(), new ThemeDraft(t.code(),
                    t.position(), title != null ? title : t.title(),
                    description != null ? description : t.description(),
                    retiredOn != null ? retiredOn : t.retiredOn()));
            say("theme.updated", saved.code(), saved.title());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListThemes extends Action {
        @Mixin
        FormatOptions format;

        @Uses
        Demands demands;

        ListThemes(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            format.print(context, demands.themes(campaignId()), COLUMNS,
                    t -> Arrays.asList(t.code(), t.title(), t.retiredOn()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        record Details(Theme theme, List<Demand> demands, List<Revision> history) {
        }

        @Parameters(index = "0", paramLabel = "<theme>", descriptionKey = "theme.query")
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
            Theme t = find().theme(query);
            List<Demand> inTheme = demands.demands(campaignId()).stream()
                    .filter(d -> d.themeId() == t.id()).toList();
            List<Revision> revisions = history ? demands.themeHistory(campaignId(), t.id()) : List.of();
            format.show(context, new Details(t, inTheme, revisions),
                    List.of("code", "title", "description", "retired_on", "demands"),
                    Arrays.asList(t.code(), t.title(), t.description(), t.retiredOn(),
                            inTheme.stream().map(Demand::label).toList()));
            if (history && !format.json() && !format.csv()) {
                DemandCommand.printHistory(context, revisions);
            }
            return 0;
        }
    }
}
