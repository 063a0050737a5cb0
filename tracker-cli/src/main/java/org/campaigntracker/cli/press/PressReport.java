package org.campaigntracker.cli.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.coverage.Coverage;
import org.campaigntracker.core.coverage.CoverageReport;
import org.campaigntracker.core.coverage.CoverageReports;
import org.campaigntracker.core.coverage.CoverageWindow;
import org.campaigntracker.core.outreach.OutreachCoverage;
import org.campaigntracker.core.outreach.Outreaches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tracker press report [--json|--csv]}: coverage per theme and per demand. In the terminal, items over time
 * are a one-line bar per month (▁▂▃…), oldest on the left; JSON has every count. Counts items published from
 * {@code --from} to {@code --to}, at most ten years apart; by default the campaign's press, its latest ten years when
 * longer, with a note of how many items were left out.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class PressReport extends Action {

    private static final String BARS = "▁▂▃▄▅▆▇█";
    private static final int TOP = 3;

    @Mixin
    FormatOptions format;

    @Option(names = "--from", converter = DateConverter.class, descriptionKey = "option.from")
    LocalDate from;

    @Option(names = "--to", converter = DateConverter.class, descriptionKey = "option.to")
    LocalDate to;

    @Uses
    CoverageReports coverage;

    @Uses
    Outreaches outreach;

    PressReport(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CoverageReport report = coverage.report(campaignId(), from, to);
        if (format.json()) {
            Json.print(context.out(), report);
            return 0;
        }
        List<Scoped> rows = new ArrayList<>();
        rows.add(new Scoped("campaign", report.total()));
        report.themes().forEach(t -> rows.add(new Scoped("theme", t)));
        report.demands().forEach(d -> rows.add(new Scoped("demand", d)));
        boolean csv = format.csv();
        format.print(context, rows, List.of("scope", "code", "title", "items", "reach", "over_time", "outlets", "tone",
                "quoted"), r -> Arrays.asList(msg("scope." + r.scope()), r.c().code(), r.c().title(), r.c().items(),
                reach(r.c()), csv ? counts(r.c().byMonth(), Integer.MAX_VALUE) : spark(r.c().byMonth()),
                counts(r.c().outlets(), csv ? Integer.MAX_VALUE : TOP), counts(r.c().tones(), Integer.MAX_VALUE),
                counts(r.c().quoted(), csv ? Integer.MAX_VALUE : TOP)));
        CoverageWindow w = report.window();
        if (w.outside() > 0 && !csv) {
            context.err().println(msg("report.window", w.from().toString(), w.to().toString(), w.outside()));
        }
        if (!csv) {
            outreach();
        }
        return 0;
    }

    /** Which sends led to which items: days to the first item, outlets reached and not; journalists never named. */
    private void outreach() {
        List<OutreachCoverage> sends = outreach.coverage(campaignId());
        if (sends.isEmpty()) {
            return;
        }
        var out = context.out();
        out.println();
        out.println(msg("report.outreach", sends.size()));
        for (OutreachCoverage c : sends) {
            out.println("  " + Dates.show(context.locale(), c.outreach().sentOn()) + "  " + c.outreach().title() + " ("
                    + c.outreach().kind().words(context.locale()) + ") — " + (c.items().isEmpty()
                    ? msg("report.outreach.none") : msg("report.outreach.items", c.items().size(), c.daysToCoverage())));
            c.items().forEach(i -> out.println("      " + Dates.show(context.locale(), i.publishedOn()) + "  "
                    + i.outlet() + ": " + i.title()));
            if (!c.reached().isEmpty() || !c.notReached().isEmpty()) {
                out.println("      " + msg("report.outreach.outlets", String.join(", ", c.reached()),
                        c.notReached().isEmpty() ? "—" : String.join(", ", c.notReached())));
            }
        }
        out.flush();
    }

    private record Scoped(String scope, Coverage c) {
    }

    private String reach(Coverage c) {
        if (c.reachUnknown() == 0) {
            return String.valueOf(c.reach());
        }
        return c.reachUnknown() == c.items() ? msg("report.reach_unknown")
                : msg("report.reach_partial", c.reach(), c.reachUnknown());
    }

    /** "Le Monde 2; Mediapart 1", the first {@code limit} entries. */
    static String counts(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream().limit(limit).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** One bar per month, scaled to the busiest month. */
    static String spark(Map<String, Integer> byMonth) {
        if (byMonth.isEmpty()) {
            return "";
        }
        int max = Math.max(1, Collections.max(byMonth.values()));
        StringBuilder sb = new StringBuilder();
        byMonth.values().forEach(n -> sb.append(n == 0 ? ' ' : BARS.charAt((n * (BARS.length() - 1)) / max)));
        return sb.toString();
    }
}
