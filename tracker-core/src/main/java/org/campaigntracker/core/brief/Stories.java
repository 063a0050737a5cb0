package org.campaigntracker.core.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyIdentity;

/**
 * The testimonies whose consent allows one use on one day, each named as that consent says. Briefings and the
 * resource document both go through here, so a testimony never reaches a document its consent does not cover.
 */
public final class Stories {

    private final DemandService demands;
    private final TestimonyService testimonies;

    public Stories(DemandService demands, TestimonyService testimonies) {
        this.demands = demands;
        this.testimonies = testimonies;
    }

    /**
     * @param fullNameAllowed false for documents that leave the coalition: a full-name consent then shows the
     *                        pseudonym, never the identity
     */
    public List<Briefing.Story> usable(long campaignId, ConsentUse use, LocalDate today, Locale locale,
                                       boolean fullNameAllowed) {
        Map<Long, String> codes = demands.demands(campaignId).stream()
                .collect(Collectors.toMap(Demand::id, Demand::code));
        return testimonies.usableFor(campaignId, use, today).stream()
                .map(t -> new Briefing.Story(shownAs(campaignId, t, use, today, locale, fullNameAllowed), t.story(),
                        t.demandIds().stream().map(codes::get).filter(Objects::nonNull).sorted().toList()))
                .toList();
    }

    private String shownAs(long campaignId, Testimony t, ConsentUse use, LocalDate today, Locale locale,
                           boolean fullNameAllowed) {
        NamingRule naming = t.consents().naming(use, today).orElse(NamingRule.ANONYMOUS);
        if (naming == NamingRule.FULL_NAME && !fullNameAllowed) {
            naming = NamingRule.PSEUDONYM;
        }
        return switch (naming) {
            case ANONYMOUS -> Messages.format(locale, "brief.anonymous");
            case PSEUDONYM, FIRST_NAME -> t.pseudonym();
            case FULL_NAME -> testimonies.identity(campaignId, t.id())
                    .map(TestimonyIdentity::fullName).filter(Objects::nonNull).orElse(t.pseudonym());
        };
    }
}
