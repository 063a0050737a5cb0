package org.campaigntracker.core.demand;

import java.util.List;
import org.campaigntracker.core.common.NameMatcher;

/** How {@link Demands} finds by name: a theme by its code ("3") or title, a demand by its code ("1.2") or title. */
final class DemandMatchers {

    static final NameMatcher<Theme> THEMES = new NameMatcher<>("theme", t -> t.code() + " " + t.title(),
            t -> List.of(t.code(), t.title()));
    static final NameMatcher<Demand> DEMANDS = new NameMatcher<>("demand", Demand::label,
            d -> List.of(d.code(), d.title()));

    private DemandMatchers() {
    }
}
