package org.campaigntracker.api.press;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.press.PressItem;

/**
 * A press item as a partner sees it: what was published where and when, what it covered, and who was quoted by
 * stakeholder id (a person then reads, as everywhere for partners, by function and organisation only). The
 * journalist's name and the team's summary are personal data under the privacy classification (a summary may
 * name a witness whose testimony is not public), and the testimonies it used are not listed: a partner must not
 * learn that a testimony without a public consent exists.
 */
public record PublicPressItem(long id, String outlet, String medium, LocalDate publishedOn, String title, String url,
                              Long reach, String tone, List<Long> themeIds, List<Long> demandIds,
                              List<Long> quotedStakeholderIds, int version) {

    static PublicPressItem from(PressItem p) {
        return new PublicPressItem(p.id(), p.outlet(), p.medium().code(), p.publishedOn(), p.title(), p.url(),
                p.reach(), p.tone().code(), p.themeIds(), p.demandIds(), p.quotedStakeholderIds(), p.version());
    }
}
