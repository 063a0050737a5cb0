package org.campaigntracker.cli.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.output.Table;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.sheet.SheetException;
import org.campaigntracker.core.sheet.SheetReader;
import org.campaigntracker.core.transfer.ImportFileException;
import org.campaigntracker.core.transfer.ImportOutcome;
import org.campaigntracker.core.transfer.SheetImportReport;
import org.campaigntracker.core.transfer.SheetImportReport.RowResult;

/** What the spreadsheet imports share: reading the file within bounds, and the table of outcomes. */
final class SheetFiles {

    private SheetFiles() {
    }

    /** The size is checked before the file is read, so a huge file is refused without filling memory. */
    static Sheet read(Path file, String sheetName) {
        try {
            if (Files.size(file) > SheetReader.MAX_BYTES) {
                throw new ImportFileException("sheet.too_big", file.getFileName(), SheetReader.MAX_BYTES / (1024 * 1024));
            }
            return SheetReader.read(file.getFileName().toString(), Files.readAllBytes(file), sheetName);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (SheetException e) {
            // A file the user can fix: bad input (exit 6), like any other import file.
            throw new ImportFileException(e.key(), e.args().toArray());
        }
    }

    /**
     * A dry run lists every row; a real import lists the rows it did not create (updated or skipped, with why),
     * so no row is passed over silently, then counts them all.
     */
    static void print(CliContext context, SheetImportReport report) {
        Locale locale = context.locale();
        PrintWriter out = context.out();
        var messages = context.messages();
        if (!report.ignoredColumns().isEmpty()) {
            out.println(messages.get("import.ignored", String.join(", ", report.ignoredColumns())));
        }
        Table table = new Table(messages.get("col.row"), messages.get("col.outcome"), messages.get("col.name"),
                messages.get("col.detail"));
        int shown = 0;
        for (RowResult r : report.rows()) {
            if (report.dryRun() || r.outcome() != ImportOutcome.create) {
                table.row(r.row(), Labels.of(r.outcome(), locale), r.name(), r.detail().text(locale));
                shown++;
            }
        }
        if (shown > 0) {
            table.print(out, Terminal.width(context.env()));
        }
        if (!report.organisationsCreated().isEmpty()) {
            out.println(messages.get(report.dryRun() ? "import.organisations_would" : "import.organisations_done",
                    String.join(", ", report.organisationsCreated())));
        }
        out.println(messages.get(report.dryRun() ? "import.sheet_would" : "import.sheet_done", report.sheet(),
                report.count(ImportOutcome.create), report.count(ImportOutcome.update),
                report.count(ImportOutcome.skip)));
        out.flush();
    }
}
