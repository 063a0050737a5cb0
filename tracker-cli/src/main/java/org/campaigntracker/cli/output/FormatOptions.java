package org.campaigntracker.cli.output;

import java.util.List;
import java.util.function.Function;
import org.campaigntracker.cli.CliContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** --json / --csv on every list and show command; a readable table otherwise. */
public final class FormatOptions {

    static final class Choice {
        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Option(names = "--csv", descriptionKey = "option.csv")
        boolean csv;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    public boolean json() {
        return choice != null && choice.json;
    }

    public boolean csv() {
        return choice != null && choice.csv;
    }

    /**
     * Prints rows as JSON (the values themselves), CSV or a table.
     *
     * @param columns header names (also CSV header)
     * @param cells   the cells of one value, in column order
     */
    public <T> void print(CliContext context, List<T> values, List<String> columns, Function<T, List<?>> cells) {
        if (json()) {
            Json.print(context.out(), values);
        } else if (csv()) {
            Csv.print(context.out(), columns, values.stream().<List<?>>map(cells).toList());
        } else {
            Table table = new Table(columns.toArray(String[]::new));
            values.forEach(v -> table.row(cells.apply(v).toArray()));
            table.print(context.out(), Terminal.width(context.env()));
        }
    }
}
