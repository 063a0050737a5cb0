package org.campaigntracker.core.privacy;

import java.util.Set;
import org.campaigntracker.core.access.Role;

/**
 * How one column is classified.
 *
 * @param sealed        encrypted by the application ({@link Sealer}): the database holds no plaintext
 * @param personalWhere SQL condition on the column's own row telling when the value is about a person (a
 *                      stakeholder's name is personal for a person, not for an organisation); "true" for always
 * @param consentGated  partners may read it only through a consent in force (a testimony under a "public" consent)
 */
public record ColumnClass(String table, String column, DataKind kind, boolean sealed, String personalWhere,
                          boolean consentGated) {

    public String qualifiedName() {
        return table + "." + column;
    }

    /** Who may read the value without a consent standing in for them. */
    public Set<Role> readers() {
        return kind.readers();
    }

    public boolean readableBy(Role role) {
        return readers().contains(role);
    }
}
