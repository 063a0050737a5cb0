package org.campaigntracker.core.press;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * Which press items to list; a null field does not filter.
 *
 * @param from first day included
 * @param to   last day included
 */
public record PressFilter(Long themeId, Long demandId, Long quotedStakeholderId, PressMedium medium, LocalDate from,
                          LocalDate to) {

    public PressFilter {
        Check.of()
                .date("from", from)
                .date("to", to)
                .that(from == null || to == null || !from.isAfter(to), "from", "not_after", "to")
                .orThrow();
    }

    public static PressFilter all() {
        return new PressFilter(null, null, null, null, null, null);
    }

    public PressFilter withTheme(Long id) {
        return new PressFilter(id, demandId, quotedStakeholderId, medium, from, to);
    }

    public PressFilter withDemand(Long id) {
        return new PressFilter(themeId, id, quotedStakeholderId, medium, from, to);
    }

    public PressFilter quoting(Long stakeholderId) {
        return new PressFilter(themeId, demandId, stakeholderId, medium, from, to);
    }

    public PressFilter withMedium(PressMedium m) {
        return new PressFilter(themeId, demandId, quotedStakeholderId, m, from, to);
    }

    public PressFilter between(LocalDate first, LocalDate last) {
        return new PressFilter(themeId, demandId, quotedStakeholderId, medium, first, last);
    }
}
