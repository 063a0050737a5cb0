package org.campaigntracker.cli.map;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Csv;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.map.Maps;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.map.export.Gexf;
import org.campaigntracker.core.map.export.GraphMl;
import org.campaigntracker.core.map.export.GridSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker map export --format gexf|graphml|csv|svg [--output file]}. CSV is two tables, nodes and edges: with
 * {@code --output map.csv} they go to {@code map-nodes.csv} and {@code map-edges.csv} (the two sheets Kumu and
 * spreadsheets import); on standard output the nodes come first, then an empty line, then the edges.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class MapExportCommand extends Action {

    static final List<String> NODE_COLUMNS = List.of("id", "label", "kind", "category", "function", "organisation",
            "power", "stance", "engagement", "influence", "last_contact", "faded", "access");
    static final List<String> EDGE_COLUMNS = List.of("id", "from", "to", "type", "strength", "since", "until",
            "active");

    @Option(names = "--format", required = true, paramLabel = "<gexf|graphml|csv|svg>", descriptionKey = "map.format")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "<file>", descriptionKey = "map.output")
    Path output;

    @Option(names = "--days", defaultValue = "" + MapService.DEFAULT_STALE_DAYS, paramLabel = "<days>",
            descriptionKey = "map.days")
    int days;

    @Uses
    Maps maps;

    MapExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("gexf", "graphml", "csv", "svg").contains(chosen)) {
            throw InvalidInputException.of("format", "one_of", "gexf, graphml, csv, svg");
        }
        StakeholderMap map = maps.map(campaignId(), today(), days,
                MapService.DEFAULT_GAP_POWER);
        if (chosen.equals("csv")) {
            csv(map);
            return 0;
        }
        StringWriter text = new StringWriter();
        String name = context.campaign().name();
        switch (chosen) {
            case "gexf" -> Gexf.write(map, name, text);
            case "graphml" -> GraphMl.write(map, text);
            default -> GridSvg.write(map, name, context.locale(), text);
        }
        emit(output, text.toString());
        return 0;
    }

    private void csv(StakeholderMap map) {
        String nodes = table(NODE_COLUMNS, map.nodes().stream().<List<?>>map(n -> List.of(n.id(), n.label(),
                n.kind(), n.category(), text(n.function()), text(n.organisationName()), n.power(), n.stance(),
                n.engagement(), n.influence(), text(n.lastContact()), n.faded(), text(n.access()))).toList());
        String edges = table(EDGE_COLUMNS, map.edges().stream().<List<?>>map(e -> List.of(e.id(), e.fromId(),
                e.toId(), e.type(), e.strength(), text(e.since()), text(e.until()), e.active())).toList());
        if (output == null) {
            emit(null, nodes + System.lineSeparator() + edges);
            return;
        }
        String base = output.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        emit(output.resolveSibling(base + "-nodes.csv"), nodes);
        emit(output.resolveSibling(base + "-edges.csv"), edges);
    }

    private static String table(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        Csv.print(new java.io.PrintWriter(out), header, rows);
        return out.toString();
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }

    private void emit(Path file, String text) {
        if (file == null) {
            context.out().print(text);
            context.out().flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        say("map.written", file);
    }
}
