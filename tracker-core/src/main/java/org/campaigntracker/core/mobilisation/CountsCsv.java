package org.campaigntracker.core.mobilisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.transfer.CsvRows;

/**
 * Counts read from a petition platform's CSV export, in one of two shapes: a date column and a count column (a
 * running total per day), or one row per signature with its date (counted per day, added up). Every other column,
 * names and e-mails included, is never read: no signatory leaves this class. The whole file is checked before
 * anything is written; the first bad cell is reported with its line and column.
 */
public final class CountsCsv {

    /** What a file gave: the running totals to write, and how many data rows it held. */
    public record Result(List<MobilisationCount> counts, int rows, boolean perSignature) {
        public Result {
            counts = List.copyOf(counts);
        }
    }

    private static final Set<String> DATE_HEADERS = Set.of("date", "day", "jour", "signed at", "signed on",
            "signature date", "date signed", "date de signature", "signe le", "created at", "created", "timestamp",
            "horodatage");
    private static final Set<String> COUNT_HEADERS = Set.of("count", "total", "signatures", "number", "nombre",
            "nombre de signatures", "signataires", "compte", "cumul", "decompte", "signature count");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    private CountsCsv() {
    }

    /** {@code source} names the file in messages: its name on the command line, the body field in the API. */
    public static Result read(String text, String source) {
        List<CsvRows.Row> rows = CsvRows.parse(text == null ? "" : text);
        if (rows.size() < 2) {
            throw InvalidInputException.of(source, "csv_empty");
        }
        List<String> headers = rows.get(0).cells();
        int dateColumn = column(headers, DATE_HEADERS);
        if (dateColumn < 0) {
            throw InvalidInputException.of(source, "csv_no_date_column", String.join(", ", headers));
        }
        int countColumn = column(headers, COUNT_HEADERS);
        List<CsvRows.Row> data = rows.subList(1, rows.size());
        return countColumn >= 0 ? totals(source, data, headers, dateColumn, countColumn)
                : signatures(source, data, headers, dateColumn);
    }

    private static Result totals(String source, List<CsvRows.Row> data, List<String> headers, int dateColumn,
                                 int countColumn) {
        Map<LocalDate, Integer> lineOf = new TreeMap<>();
        List<MobilisationCount> counts = new ArrayList<>();
        for (CsvRows.Row row : data) {
            LocalDate day = date(source, row, headers, dateColumn);
            String raw = cell(source, row, headers, countColumn).replaceAll("[\\s\\u00A0\\u202F_]", "");
            if (!DIGITS.matcher(raw).matches() || Long.parseLong(raw) > MobilisationCount.MAX) {
                throw InvalidInputException.of(source, "csv_bad_count", at(row), headers.get(countColumn),
                        cell(source, row, headers, countColumn));
            }
            Integer earlier = lineOf.putIfAbsent(day, row.line());
            if (earlier != null) {
                throw InvalidInputException.of(source, "csv_same_date", at(row), headers.get(dateColumn),
                        day.toString(), earlier.toString());
            }
            counts.add(new MobilisationCount(day, Integer.parseInt(raw)));
        }
        counts.sort((a, b) -> a.countedOn().compareTo(b.countedOn()));
        return new Result(counts, data.size(), false);
    }

    private static Result signatures(String source, List<CsvRows.Row> data, List<String> headers, int dateColumn) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (CsvRows.Row row : data) {
            perDay.merge(date(source, row, headers, dateColumn), 1, Integer::sum);
        }
        List<MobilisationCount> counts = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            total += day.getValue();
            counts.add(new MobilisationCount(day.getKey(), total));
        }
        return new Result(counts, data.size(), true);
    }

    private static int column(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(Names.key(headers.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String source, CsvRows.Row row, List<String> headers, int column) {
        String value = column < row.cells().size() ? row.cells().get(column).strip() : "";
        if (value.isEmpty()) {
            throw InvalidInputException.of(source, "csv_missing_cell", at(row), headers.get(column));
        }
        return value;
    }

    private static LocalDate date(String source, CsvRows.Row row, List<String> headers, int column) {
        String value = cell(source, row, headers, column);
        LocalDate day = parse(value);
        if (day == null || !CampaignDates.contains(day)) {
            throw InvalidInputException.of(source, "csv_bad_date", at(row), headers.get(column), value);
        }
        return day;
    }

    /** The line as text: MessageFormat would write line 1234 as "1,234". */
    private static String at(CsvRows.Row row) {
        return Integer.toString(row.line());
    }

    /** 2023-04-10, 2023-04-10T09:30:00Z, 2023-04-10 09:30 or 10/04/2023 (day first, as French platforms write). */
    static LocalDate parse(String value) {
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher fr = FRENCH.matcher(value);
            if (fr.matches()) {
                return LocalDate.of(Integer.parseInt(fr.group(3)), Integer.parseInt(fr.group(2)),
                        Integer.parseInt(fr.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
