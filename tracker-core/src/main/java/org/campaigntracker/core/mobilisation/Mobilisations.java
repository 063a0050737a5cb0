package org.campaigntracker.core.mobilisation;

import java.util.List;

/**
 * What a front door asks of petitions, joint appeals and other mobilisations: {@link MobilisationService} answers over
 * the database, the CLI's remote mode over the HTTP API.
 */
public interface Mobilisations {

    /** A new mobilisation, with its first count when one is known. */
    Mobilisation add(long campaignId, MobilisationDraft draft, Long firstCount);

    Mobilisation count(long campaignId, long id, int expectedVersion, MobilisationCount count);

    /**
     * The counts of a platform's CSV export, all or none; days already counted take the file's figure. {@code source}
     * names the file in error messages.
     */
    MobilisationService.Imported importCounts(long campaignId, long id, int expectedVersion, String csv,
                                              String source);

    /** Handed to a target on a day; the target's answer, when known, is an interaction of kind written response. */
    Mobilisation deliver(long campaignId, long id, int expectedVersion, Delivery delivery);

    List<Mobilisation> list(long campaignId);

    /** By partial, accent- and case-insensitive title ("appel" finds "Appel commun"). */
    default Mobilisation find(long campaignId, String query) {
        return MobilisationMatcher.BY_TITLE.find(query, list(campaignId));
    }
}
