package org.campaigntracker.core.coverage;

import java.util.List;

/** The coverage of a campaign: overall, per active theme and per active demand, in theme then demand order. */
public record CoverageReport(Coverage total, List<Coverage> themes, List<Coverage> demands) {

    public CoverageReport {
        themes = List.copyOf(themes);
        demands = List.copyOf(demands);
    }
}
