package org.campaigntracker.core.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.transfer.CsvRows;

/**
 * Reads the first sheet (or the one named) of an .xlsx, .ods or .csv file, chosen by the file name's extension.
 * Every input is bounded before it can take the machine's memory: the file's size, what its zip unpacks to, the
 * number of rows and columns, and each cell's length.
 */
public final class SheetReader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** An xlsx or ods is a zip: 20 MB of it may unpack to far more (a "zip bomb"); real sheets stay well under. */
    static final long MAX_UNPACKED = 300L * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = Check.LONG_TEXT;

    private SheetReader() {
    }

    /**
     * @param fileName  the file's name, for its extension and, for a CSV, the sheet's name
     * @param sheetName the sheet to read, or null for the first one
     */
    public static Sheet read(String fileName, byte[] bytes, String sheetName) {
        if (bytes.length > MAX_BYTES) {
            throw new SheetException("sheet.too_big", fileName, MAX_BYTES / (1024 * 1024));
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        Sheet sheet;
        if (lower.endsWith(".xlsx")) {
            checkUnpacked(fileName, bytes);
            sheet = XlsxSheets.read(fileName, bytes, sheetName);
        } else if (lower.endsWith(".ods")) {
            checkUnpacked(fileName, bytes);
            sheet = OdsSheets.read(fileName, bytes, sheetName);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            sheet = csv(fileName, bytes);
        } else {
            throw new SheetException("sheet.format", fileName);
        }
        return sheet;
    }

    private static Sheet csv(String fileName, byte[] bytes) {
        String name = fileName.replaceFirst("^.*[/\\\\]", "").replaceFirst("(?i)\\.(csv|txt)$", "");
        Rows rows = new Rows(name);
        for (CsvRows.Row r : CsvRows.parse(decode(bytes))) {
            rows.add(r.line(), r.cells());
        }
        return rows.sheet();
    }

    /** UTF-8 when the bytes are valid UTF-8; else Windows-1252, what Excel writes a CSV in on Windows. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * Inflates every entry, counting, before a reader builds anything. Read through the central directory (ZipFile):
     * writers that stream (data descriptors after each entry, as fastexcel and some office suites write) are not
     * readable by ZipInputStream.
     */
    private static void checkUnpacked(String fileName, byte[] bytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile("tracker-sheet", ".zip");
            Files.write(temp, bytes);
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            total += n;
                            if (total > MAX_UNPACKED) {
                                throw new SheetException("sheet.too_big_unpacked", fileName,
                                        MAX_UNPACKED / (1024 * 1024));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SheetException("sheet.unreadable", e, fileName, String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Collects rows, dropping blank ones and enforcing the row, column and cell bounds. */
    static final class Rows {
        private final String sheet;
        private final List<SheetRow> rows = new ArrayList<>();

        Rows(String sheet) {
            this.sheet = sheet;
        }

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new SheetException("sheet.too_many_rows", sheet, MAX_ROWS);
            }
            int last = cells.size() - 1;
            while (last >= 0 && (cells.get(last) == null || cells.get(last).isBlank())) {
                last--;
            }
            if (last >= MAX_COLUMNS) {
                throw new SheetException("sheet.too_many_columns", sheet + "!" + number, MAX_COLUMNS);
            }
            List<String> kept = new ArrayList<>(last + 1);
            for (int i = 0; i <= last; i++) {
                String c = cells.get(i) == null ? "" : cells.get(i);
                if (c.length() > MAX_CELL) {
                    throw new SheetException("sheet.cell_too_long", sheet + "!" + SheetRow.column(i) + number,
                            MAX_CELL, c.length());
                }
                kept.add(c);
            }
            rows.add(new SheetRow(sheet, number, kept));
        }

        boolean full() {
            return rows.size() > MAX_ROWS;
        }

        Sheet sheet() {
            return new Sheet(sheet, rows);
        }
    }
}
