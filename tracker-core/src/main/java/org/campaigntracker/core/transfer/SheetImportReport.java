package org.campaigntracker.core.transfer;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.common.Messages;

/** What a spreadsheet import did (or, on a dry run, would do) with each row, and why. */
public record SheetImportReport(boolean dryRun, String sheet, List<RowResult> rows, List<String> organisationsCreated,
                                List<String> ignoredColumns) {

    public SheetImportReport {
        rows = List.copyOf(rows);
        organisationsCreated = List.copyOf(organisationsCreated);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** One row of the sheet: its number, outcome, who or what it is about, and the detail in words. */
    public record RowResult(int row, ImportOutcome outcome, String name, Detail detail) {
    }

    /** Words in the user's language: a message key of core and its arguments (which may be details themselves). */
    public record Detail(String key, List<Object> args) {
        public static final Detail NONE = new Detail(null, List.of());

        public Detail {
            args = List.copyOf(args);
        }

        static Detail of(String key, Object... args) {
            return new Detail(key, List.of(args));
        }

        public String text(Locale locale) {
            if (key == null) {
                return "";
            }
            Object[] a = args.stream().map(x -> x instanceof Detail d ? d.text(locale) : x).toArray();
            return Messages.format(locale, key, a);
        }
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
