package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks. The separator is a
 * comma, or a semicolon when the first lines have more of those (what French spreadsheets write).
 */
public final class CsvRows {

    /** One record with the file line it starts on (1 = header). */
    public record Row(int line, List<String> cells) {
    }

    private CsvRows() {
    }

    public static List<Row> parse(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = separator(t);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }

    /**
     * A semicolon when some line of the first ten holds more semicolons than any holds commas: the header may come
     * under a title line that has neither.
     */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        for (String line : text.lines().limit(10).toList()) {
            semicolons = Math.max(semicolons, count(line, ';'));
            commas = Math.max(commas, count(line, ','));
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
