package org.campaigntracker.core.stakeholder;

import java.util.List;

/**
 * What a front door asks of the links between stakeholders: {@link RelationshipService} answers over the database,
 * the CLI's remote mode over the HTTP API.
 */
public interface Relationships {

    Relationship add(long campaignId, RelationshipDraft draft);

    /** Every link from or to the stakeholder. */
    List<Relationship> listOf(long campaignId, long stakeholderId);
}
