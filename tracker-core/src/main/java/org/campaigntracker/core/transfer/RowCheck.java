package org.campaigntracker.core.transfer;

import java.util.List;
import java.util.function.Supplier;
import org.campaigntracker.core.common.FieldViolation;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.sheet.SheetRow;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;

/**
 * The checks of one row, each naming its cell when it fails ({@code Contacts!C14}), all of them run so that every bad
 * cell of the sheet is listed in one pass.
 */
final class RowCheck {

    private final Columns.Layout layout;
    private final SheetRow row;
    private final List<LineError> errors;
    private final int before;

    RowCheck(Columns.Layout layout, SheetRow row, List<LineError> errors) {
        this.layout = layout;
        this.row = row;
        this.errors = errors;
        this.before = errors.size();
    }

    /**
     * The check's value, or null when it fails: the error is kept, tied to the cell of the field it names (or of
     * {@code field}, or to the row when no column holds either).
     */
    <T> T cell(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (TrackerException e) {
            String named = field;
            if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
                FieldViolation first = invalid.violations().get(0);
                named = layout.column(first.field()) >= 0 ? first.field() : field;
            }
            int column = named == null ? -1 : layout.column(named);
            errors.add(new LineError(column >= 0 ? row.where(column) : row.where(), e));
            return null;
        }
    }

    boolean failed() {
        return errors.size() > before;
    }
}
