package org.campaigntracker.cli.map;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.map.Maps;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker path --to <name>}: the best routes from our side to a target, in words. */
@Command(name = "path", mixinStandardHelpOptions = true)
public final class PathCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Option(names = "--to", required = true, paramLabel = "<stakeholder>", descriptionKey = "path.to")
    String to;

    @Option(names = "--limit", defaultValue = "3", descriptionKey = "path.limit")
    int limit;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Maps maps;

    /**
     * A route in JSON: a record, so its keys come in this order on every run (a {@code Map.of} iterates in an order
     * that may change from one JVM to the next, and a local and a remote run must print the same bytes).
     */
    record Route(String from, int cost, int hops, String explanation) {
    }

    public PathCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Campaign campaign = context.campaign();
        Stakeholder target = stakeholders.find(campaign.id(), to);
        List<MapService.ExplainedPath> paths = maps
                .pathsTo(campaign.id(), target.id(), LocalDate.now(), Math.max(1, limit), context.locale());
        if (json) {
            Json.print(context.out(), paths.stream().map(p -> new Route(p.source().label(), p.path().cost(),
                    p.path().hops().size(), p.explanation())).toList());
            return 0;
        }
        if (paths.isEmpty()) {
            context.out().println(context.messages().get("path.none", target.label()));
        }
        for (int i = 0; i < paths.size(); i++) {
            context.out().printf("%d. %s%n", i + 1, paths.get(i).explanation());
        }
        context.out().flush();
        return 0;
    }
}
