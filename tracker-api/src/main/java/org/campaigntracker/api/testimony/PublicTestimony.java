package org.campaigntracker.api.testimony;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.Testimony;

/**
 * A testimony as a partner reads it, only while a "public" consent holds: the story, and the pseudonym unless the
 * person asked to stay anonymous. Never the identity, the collector or the consents (the classification marks the
 * story and pseudonym as readable by partners only through a consent: see Classification).
 */
public record PublicTestimony(long id, String pseudonym, String story, LocalDate collectedOn, List<Long> demandIds,
                              List<Long> themeIds) {

    static PublicTestimony from(Testimony t, LocalDate today) {
        NamingRule naming = t.consents().naming(ConsentUse.PUBLIC, today).orElse(NamingRule.ANONYMOUS);
        return new PublicTestimony(t.id(), naming == NamingRule.ANONYMOUS ? null : t.pseudonym(), t.story(),
                t.collectedOn(), t.demandIds(), t.themeIds());
    }
}
