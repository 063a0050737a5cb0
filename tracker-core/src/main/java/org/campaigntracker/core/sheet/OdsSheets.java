package org.campaigntracker.core.sheet;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** .ods (OpenDocument, what LibreOffice saves) through SODS. */
final class OdsSheets {

    private OdsSheets() {
    }

    static Sheet read(String fileName, byte[] bytes, String sheetName) {
        SpreadSheet book;
        try {
            book = new SpreadSheet(SheetReader.stream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new SheetException("sheet.unreadable", e, fileName, String.valueOf(e.getMessage()));
        }
        if (book.getNumSheets() == 0) {
            throw new SheetException("sheet.unreadable", fileName, "no sheet");
        }
        com.github.miachm.sods.Sheet sheet = sheetName == null ? book.getSheet(0) : book.getSheet(sheetName);
        if (sheet == null) {
            throw new SheetException("sheet.no_such_sheet", sheetName,
                    book.getSheets().stream().map(com.github.miachm.sods.Sheet::getName)
                            .collect(Collectors.joining(", ")));
        }
        SheetReader.Rows rows = new SheetReader.Rows(sheet.getName());
        if (sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
            return rows.sheet();
        }
        // LibreOffice saves a sheet 1,024 columns wide: only the columns a row may hold are read (one more, so a
        // row past the bound is named rather than cut silently).
        Range range = sheet.getRange(0, 0, Math.min(sheet.getMaxRows(), SheetReader.MAX_ROWS + 2),
                Math.min(sheet.getMaxColumns(), SheetReader.MAX_COLUMNS + 1));
        Object[][] values = range.getValues();
        for (int r = 0; r < values.length && !rows.full(); r++) {
            List<String> cells = new ArrayList<>(values[r].length);
            for (Object v : values[r]) {
                cells.add(text(v));
            }
            rows.add(range.getRow() + r + 1, cells);
        }
        return rows.sheet();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : XlsxSheets.plain(BigDecimal.valueOf(d));
        }
        if (v instanceof Number n) {
            return XlsxSheets.plain(new BigDecimal(n.toString()));
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate().toString();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
