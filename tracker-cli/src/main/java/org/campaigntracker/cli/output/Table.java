package org.campaigntracker.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table that fits the terminal: columns shrink from the widest, long cells are cut with "…".
 * No colour codes, so output stays readable when piped or with NO_COLOR.
 */
public final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c).replaceAll("\\s+", " ")).toList());
        return this;
    }

    public void print(PrintWriter out, int width) {
        print(out, width, false);
    }

    /**
     * With {@code bold}, the header row is printed bold (only on a terminal that allows colour). A column empty in
     * every row is left out: it would only take width from the others (CSV and JSON keep every column).
     */
    public void print(PrintWriter out, int width, boolean bold) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            if (rows.isEmpty() || rows.stream().anyMatch(r -> !r.get(column).isEmpty())) {
                kept.add(i);
            }
        }
        if (kept.size() < headers.size()) {
            Table narrower = new Table(kept.stream().map(headers::get).toArray(String[]::new));
            rows.forEach(r -> narrower.rows.add(kept.stream().map(r::get).toList()));
            narrower.print(out, width, bold);
            return;
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        fit(widths, width);
        if (bold) {
            out.print("\u001b[1m");
        }
        printRow(out, headers, widths);
        if (bold) {
            out.print("\u001b[0m");
        }
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(r -> printRow(out, r, widths));
        out.flush();
    }

    /** Shrinks the widest column until the table fits, never below 6 characters. */
    static void fit(int[] widths, int total) {
        while (Arrays.stream(widths).sum() + 2 * (widths.length - 1) > total) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= 6) {
                return;
            }
            widths[widest]--;
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(i == 0 ? "" : "  ").append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
