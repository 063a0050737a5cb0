package org.campaigntracker.core.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** .xlsx through fastexcel-reader: the sheet's XML is streamed, so 50,000 rows never sit in memory as a tree. */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, String sheetName) {
        // Cell formats are read so that a date cell (a number formatted as a date) comes out as a date.
        try (ReadableWorkbook book = new ReadableWorkbook(SheetReader.stream(bytes), new ReadingOptions(true, false))) {
            org.dhatim.fastexcel.reader.Sheet sheet = sheetName == null ? book.getFirstSheet()
                    : book.findSheet(sheetName).orElseThrow(() -> new SheetException("sheet.no_such_sheet",
                            sheetName, book.getSheets().map(s -> s.getName()).collect(Collectors.joining(", "))));
            SheetReader.Rows rows = new SheetReader.Rows(sheet.getName());
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                while (it.hasNext() && !rows.full()) {
                    Row row = it.next();
                    rows.add(row.getRowNum(), cells(row));
                }
            }
            return rows.sheet();
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException s) {
                throw s;
            }
            throw new SheetException("sheet.unreadable", e, fileName, String.valueOf(e.getMessage()));
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            int column = cell.getColumnIndex();
            if (column >= SheetReader.MAX_COLUMNS) {
                if (cell.getText() != null && !cell.getText().isBlank()) {
                    cells.add(cell.getText()); // past the bound: Rows names the row
                }
                continue;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text(cell));
        }
        return cells;
    }

    private static String text(Cell cell) {
        switch (cell.getType()) {
            case NUMBER:
                if (isDate(cell.getDataFormatString())) {
                    return cell.asDate().toLocalDate().toString();
                }
                return plain(cell.asNumber());
            case FORMULA:
                // The value Excel computed and saved with the formula.
                String raw = cell.getRawValue();
                return raw == null ? "" : raw;
            case EMPTY:
                return "";
            default:
                return cell.getText() == null ? "" : cell.getText();
        }
    }

    static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** A number format that shows a day: has d, m and y outside quotes and brackets (not a time or a count). */
    static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("y")
                || f.contains("d") && f.contains("m");
    }
}
