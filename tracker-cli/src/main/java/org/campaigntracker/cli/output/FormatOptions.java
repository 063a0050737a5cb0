package org.campaigntracker.cli.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.core.common.Labels;
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
     * @param columns header names (also CSV header; tables show them translated)
     * @param cells   the cells of one value, in column order
     */
    public <T> void print(CliContext context, List<T> values, List<String> columns, Function<T, List<?>> cells) {
        if (json()) {
            Json.print(context.out(), values);
        } else if (csv()) {
            Csv.print(context.out(), columns, values.stream().<List<?>>map(cells).toList());
        } else {
            Table table = new Table(columns.stream().map(c -> header(context, c)).toArray(String[]::new));
            values.forEach(v -> table.row(cells.apply(v).stream().map(c -> readable(context, c)).toArray()));
            table.print(context.out(), Terminal.width(context.env()), Terminal.colour(context.env(), context.interactive()));
        }
    }

    /**
     * Prints one record: JSON of {@code json}, a one-row CSV, or one "field  value" line per field.
     */
    public void show(CliContext context, Object json, List<String> fields, List<?> values) {
        if (json()) {
            Json.print(context.out(), json);
        } else if (csv()) {
            List<List<?>> rows = new ArrayList<>();
            rows.add(values);
            Csv.print(context.out(), fields, rows);
        } else {
            List<String> labels = fields.stream().map(f -> header(context, f)).toList();
            int width = labels.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < fields.size(); i++) {
                String value = readable(context, values.get(i));
                if (!value.isEmpty()) {
                    context.out().println(labels.get(i) + " ".repeat(width - labels.get(i).length() + 2) + value);
                }
            }
            context.out().flush();
        }
    }

    static String header(CliContext context, String column) {
        String label = context.messages().get("col." + column);
        return label.equals("col." + column) ? column : label;
    }

    static String readable(CliContext context, Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate d) {
            return Dates.show(context.locale(), d);
        }
        if (cell instanceof List<?> list) {
            return String.join(", ", list.stream().map(c -> readable(context, c)).toList());
        }
        if (cell instanceof Enum<?> e) {
            return Labels.of(e, context.locale());
        }
        return cell.toString();
    }
}
