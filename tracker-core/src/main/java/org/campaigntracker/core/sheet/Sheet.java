package org.campaigntracker.core.sheet;

import java.util.List;

/** The rows of one sheet of a file (a CSV file is one sheet named after the file), blank rows left out. */
public record Sheet(String name, List<SheetRow> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }
}
