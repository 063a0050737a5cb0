package org.campaigntracker.core.coverage;

import java.util.List;

/**
 * The coverage of a campaign within a window of days: overall, per active theme and per active demand, in theme then
 * demand order. Only items published within {@code window} count.
 */
public record CoverageReport(CoverageWindow window, Coverage total, List<Coverage> themes, List<Coverage> demands) {

    public CoverageReport {
        themes = List.copyOf(themes);
        demands = List.copyOf(demands);
    }
}
