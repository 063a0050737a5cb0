package org.campaigntracker.cli.output;

import java.io.PrintWriter;
import java.util.List;
import org.campaigntracker.core.common.Labels;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    public static void print(PrintWriter out, List<String> header, List<List<?>> rows) {
        out.println(line(header));
        for (List<?> row : rows) {
            out.println(line(row));
        }
        out.flush();
    }

    static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell instanceof java.util.Collection<?> many
                    ? String.join(", ", many.stream().map(Csv::text).toList()) : text(cell);
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                sb.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(text);
            }
        }
        return sb.toString();
    }

    /** Values keep their codes in CSV ({@code letter_sent}): a file for programs, read the same in any language. */
    private static String text(Object cell) {
        return cell instanceof Enum<?> e ? Labels.code(e) : String.valueOf(cell);
    }
}
