package org.campaigntracker.core.sheet;

import java.util.List;

/**
 * One non-blank row of a sheet: its number as the spreadsheet shows it (1 = first row) and its cells as text,
 * numbers without a trailing ".0" and dates as ISO dates.
 */
public record SheetRow(String sheet, int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, stripped; empty when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    /** Where a cell is, as spreadsheets write it: {@code Contacts!C14}. */
    public String where(int column) {
        return sheet + "!" + column(column) + number;
    }

    /** Where the row is, without a column: {@code Contacts!14}. */
    public String where() {
        return sheet + "!" + number;
    }

    /** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
