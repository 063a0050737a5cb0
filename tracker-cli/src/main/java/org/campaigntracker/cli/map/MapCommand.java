package org.campaigntracker.cli.map;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.map.Maps;
import org.campaigntracker.core.map.StakeholderMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tracker map [--days N] [--min-power P] [--json]}: the grid and the gaps, in the terminal. */
@Command(name = "map", mixinStandardHelpOptions = true, subcommands = MapExportCommand.class)
public final class MapCommand extends Action {

    /** Marks a stakeholder not contacted for {@code --days}: the terminal's version of a faded mark. */
    static final String FADED = "°";

    @Option(names = "--days", defaultValue = "" + MapService.DEFAULT_STALE_DAYS, paramLabel = "<days>",
            descriptionKey = "map.days")
    int days;

    @Option(names = "--min-power", defaultValue = "" + MapService.DEFAULT_GAP_POWER, paramLabel = "<1-5>",
            descriptionKey = "map.min_power")
    int minPower;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Uses
    Maps maps;

    MapCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        StakeholderMap map = maps.map(campaignId(), today(), days, minPower);
        if (json) {
            Json.print(context.out(), map);
            return 0;
        }
        PrintWriter out = context.out();
        out.println(msg("map.title", context.campaign().name(), Dates.show(context.locale(), map.asOf()),
                map.nodes().size(), map.edges().size()));
        grid(out, map);
        gaps(out, map);
        out.flush();
        return 0;
    }

    /** A count per cell, then the names of each power row by stance; ° marks stakeholders not contacted lately. */
    private void grid(PrintWriter out, StakeholderMap map) {
        out.println();
        out.println(msg("map.grid", days));
        out.printf("%-10s%6s%6s%6s%6s%6s%n", "", "-2", "-1", "0", "+1", "+2");
        for (int power = 5; power >= 1; power--) {
            StringBuilder row = new StringBuilder(String.format("%-10s", msg("map.power", power)));
            for (int stance = -2; stance <= 2; stance++) {
                long n = count(map, power, stance);
                row.append(String.format("%6s", n == 0 ? "." : String.valueOf(n)));
            }
            out.println(row);
        }
        for (int power = 5; power >= 1; power--) {
            for (int stance = -2; stance <= 2; stance++) {
                int p = power;
                int s = stance;
                List<String> names = map.nodes().stream().filter(n -> n.power() == p && n.stance() == s)
                        .map(n -> n.label() + (n.faded() ? FADED : "")).sorted().toList();
                if (!names.isEmpty()) {
                    out.println(String.format("  %s, %s: ", msg("map.power", p), msg("map.stance", s > 0 ? "+" + s : String.valueOf(s)))
                            + String.join(", ", names));
                }
            }
        }
    }

    private static long count(StakeholderMap map, int power, int stance) {
        return map.nodes().stream().filter(n -> n.power() == power && n.stance() == stance).count();
    }

    private void gaps(PrintWriter out, StakeholderMap map) {
        Map<Long, String> labels = map.nodes().stream()
                .collect(Collectors.toMap(StakeholderMap.Node::id, StakeholderMap.Node::label));
        StakeholderMap.Gaps g = map.gaps();
        out.println();
        out.println(msg("map.gaps.stale", g.notContacted().size(), g.minPower(), days));
        g.notContacted().forEach(s -> out.println("  " + labels.get(s.stakeholderId()) + " — " + (s.lastContact() == null
                ? msg("map.never") : msg("map.last", Dates.show(context.locale(), s.lastContact()), s.days()))));
        out.println(msg("map.gaps.unreachable", g.unreachable().size()));
        g.unreachable().forEach(id -> out.println("  " + labels.get(id)));
        out.println(msg("map.gaps.unsupported", g.unsupportedDemands().size()));
        g.unsupportedDemands().forEach(d -> out.println("  " + d.code() + " " + d.title()));
    }
}
