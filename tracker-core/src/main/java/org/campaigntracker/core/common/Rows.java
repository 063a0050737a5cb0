package org.campaigntracker.core.common;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * Questions repositories ask about rows by id, written once. The entity named in an error is the row's table
 * ({@code press_item}, {@code follow_up}), as the messages' entity keys are. Used by repositories only.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * Why an update or delete by id and expected version matched no row: the row exists within {@code scope} (the
     * campaign), so someone changed it since it was read ({@link StaleVersionException}), or it does not
     * ({@link NotFoundException}).
     */
    public static RuntimeException missingOrStale(DSLContext dsl, TableField<?, Long> idField, long id,
                                                  int expectedVersion, Condition scope) {
        String entity = idField.getTable().getName();
        return dsl.fetchExists(idField.getTable(), idField.eq(id), scope)
                ? new StaleVersionException(entity, id, expectedVersion)
                : new NotFoundException(entity, id);
    }

    /** Whether every id names a row within {@code scope} (the campaign); true for no ids. */
    public static boolean allExist(DSLContext dsl, TableField<?, Long> idField, Condition scope, Collection<Long> ids) {
        return ids.isEmpty() || dsl.fetchCount(idField.getTable(), idField.in(ids), scope) == ids.size();
    }
}
