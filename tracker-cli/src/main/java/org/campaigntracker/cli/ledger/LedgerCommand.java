package org.campaigntracker.cli.ledger;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Csv;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.cli.output.Table;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.core.ledger.LedgerMatrix;
import org.campaigntracker.core.ledger.LedgerMatrix.Cell;
import org.campaigntracker.core.ledger.LedgerMatrix.Row;
import org.campaigntracker.core.ledger.LedgerMatrix.Target;
import org.campaigntracker.core.ledger.Ledgers;
import org.campaigntracker.core.position.PositionLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tracker demand ledger [--timeline] [--json|--csv]}: the demand × direct-target matrix, a backtrack marked
 * with ↩, then the per-theme rollups; or the timeline of changes. CSV is one line per cell, so a spreadsheet can
 * pivot it whatever the number of targets.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true)
public final class LedgerCommand extends Action {

    static final String BACKTRACK = "↩ ";

    @Option(names = "--timeline", descriptionKey = "ledger.timeline")
    boolean timeline;

    @Mixin
    FormatOptions format;

    @Uses
    Ledgers ledger;

    LedgerCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LedgerMatrix m = ledger.ledger(campaignId());
        if (timeline) {
            format.print(context, m.timeline(), List.of("date", "demand", "target", "from", "to", "backtrack", "evidence"),
                    c -> Arrays.asList(c.on(), c.demandCode(), c.target(), c.from(), c.to(),
                            c.backtrack() ? msg("word.yes") : "", c.evidence()));
            return 0;
        }
        if (format.json()) {
            Json.print(context.out(), m);
        } else if (format.csv()) {
            Csv.print(context.out(), List.of("demand", "theme", "best", "target", "level", "stated_on", "backtrack",
                    "evidence"), cells(m));
        } else {
            matrix(m);
        }
        return 0;
    }

    private List<List<?>> cells(LedgerMatrix m) {
        List<List<?>> rows = new ArrayList<>();
        for (Row r : m.rows()) {
            for (Target t : m.targets()) {
                Cell c = r.cell(t.id());
                if (c != null) {
                    rows.add(Arrays.asList(r.code(), r.themeCode(), r.best(), t.label(), c.level(), c.statedOn(),
                            c.backtrack(), c.evidence()));
                }
            }
        }
        return rows;
    }

    private void matrix(LedgerMatrix m) {
        PrintWriter out = context.out();
        List<String> headers = new ArrayList<>(List.of(msg("col.demand"), msg("col.best")));
        m.targets().forEach(t -> headers.add(t.label()));
        Table table = new Table(headers.toArray(String[]::new));
        for (Row r : m.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.code() + " " + r.title(), level(r.best())));
            for (Target t : m.targets()) {
                Cell c = r.cell(t.id());
                cells.add(c == null ? "" : (c.backtrack() ? BACKTRACK : "") + level(c.level()));
            }
            table.row(cells.toArray());
        }
        table.print(out, Terminal.width(context.env()), Terminal.colour(context.env(), context.interactive()));
        out.println();
        out.println(msg("ledger.themes"));
        for (LedgerMatrix.ThemeRollup t : m.themes()) {
            out.println("  " + t.code() + " " + t.title() + " — " + rollup(t.byBest(), t.demands())
                    + (t.backtracks() > 0 ? " — " + BACKTRACK + msg("ledger.backtracks", t.backtracks()) : ""));
        }
        out.flush();
    }

    private String rollup(Map<PositionLevel, Integer> byBest, int demands) {
        List<String> parts = new ArrayList<>();
        byBest.forEach((level, n) -> parts.add(0, n + " " + level(level)));
        return parts.isEmpty() ? msg("status.demands", demands)
                : context.messages().labelled(msg("status.demands", demands), String.join(", ", parts));
    }

    private String level(PositionLevel level) {
        return level.label(context.locale());
    }
}
