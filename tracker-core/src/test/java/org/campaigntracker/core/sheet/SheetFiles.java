package org.campaigntracker.core.sheet;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Real .xlsx and .ods files for the tests, written by real writers (fastexcel, SODS) as a spreadsheet application
 * would save them: a {@link LocalDate} becomes a date cell, a number a number cell. A null cell stays empty.
 */
public final class SheetFiles {

    private SheetFiles() {
    }

    public static byte[] xlsx(String sheet, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "tracker-test", "1.0");
            Worksheet ws = book.newWorksheet(sheet);
            book.newWorksheet("Other").value(0, 0, "not this one");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] ods(String sheet, List<List<Object>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        com.github.miachm.sods.Sheet s = new com.github.miachm.sods.Sheet(sheet, rows.size(), columns);
        Object[][] values = new Object[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                values[r][c] = v instanceof Integer i ? Double.valueOf(i) : v;
            }
        }
        s.getDataRange().setValues(values);
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(new com.github.miachm.sods.Sheet("Intro", 1, 1));
        book.appendSheet(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            book.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
