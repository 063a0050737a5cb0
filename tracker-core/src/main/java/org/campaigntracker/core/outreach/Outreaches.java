package org.campaigntracker.core.outreach;

import java.util.List;

/**
 * What a front door asks of the press releases and pitches sent: {@link OutreachService} answers over the database,
 * the CLI's remote mode over the HTTP API. A send is found by its title, on the list either gives.
 */
public interface Outreaches {

    Outreach add(long campaignId, OutreachDraft draft);

    Outreach update(long campaignId, long id, int expectedVersion, OutreachDraft draft);

    List<Outreach> list(long campaignId);

    /** The press item was led to by this send (or, with null, by none known). */
    void linkPressItem(long campaignId, long pressItemId, Long outreachId);

    /** For every send, the items it led to, the days to the first, outlets reached or not. */
    List<OutreachCoverage> coverage(long campaignId);

    /** By partial, accent-insensitive title. */
    default Outreach find(long campaignId, String query) {
        return OutreachMatcher.BY_TITLE.find(query, list(campaignId));
    }
}
