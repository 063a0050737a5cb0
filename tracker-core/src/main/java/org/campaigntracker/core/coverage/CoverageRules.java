package org.campaigntracker.core.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressTone;

/** Aggregates press items into {@link Coverage}; an item linked to a demand also counts for that demand only. */
public final class CoverageRules {

    private CoverageRules() {
    }

    /** Every item of the campaign counted, in a window of at most {@link CoverageWindow#MAX_YEARS} years. */
    public static CoverageReport report(List<Theme> themes, List<Demand> demands, List<PressItem> items,
                                        Map<Long, String> names) {
        return report(themes, demands, items, names, null, null);
    }

    /**
     * @param names    the label of each stakeholder that may be quoted
     * @param from     first day counted, or null for the window's default
     * @param to       last day counted, or null
     */
    public static CoverageReport report(List<Theme> themes, List<Demand> demands, List<PressItem> all,
                                        Map<Long, String> names, LocalDate from, LocalDate to) {
        CoverageWindow window = CoverageWindow.of(from, to, all);
        List<PressItem> items = only(all, p -> window.contains(p.publishedOn()));
        Coverage total = coverage(null, null, null, items, names);
        List<Coverage> byTheme = themes.stream().filter(Theme::active)
                .map(t -> coverage(t.code(), null, t.title(), only(items, p -> p.themeIds().contains(t.id())), names))
                .toList();
        Map<Long, String> themeCodes = new HashMap<>();
        themes.forEach(t -> themeCodes.put(t.id(), t.code()));
        List<Coverage> byDemand = demands.stream().filter(Demand::active)
                .map(d -> coverage(d.code(), themeCodes.get(d.themeId()), d.title(),
                        only(items, p -> p.demandIds().contains(d.id())), names))
                .toList();
        return new CoverageReport(window, total, byTheme, byDemand);
    }

    static Coverage coverage(String code, String themeCode, String title, List<PressItem> items,
                             Map<Long, String> names) {
        Map<String, Integer> outlets = new HashMap<>();
        Map<PressTone, Integer> tones = new EnumMap<>(PressTone.class);
        Map<String, Integer> quoted = new HashMap<>();
        long reach = 0;
        int unknown = 0;
        for (PressItem p : items) {
            outlets.merge(p.outlet(), 1, Integer::sum);
            if (p.tone() != null) {
                tones.merge(p.tone(), 1, Integer::sum);
            }
            p.quotedStakeholderIds().forEach(id -> quoted.merge(names.getOrDefault(id, "#" + id), 1, Integer::sum));
            if (p.reach() == null) {
                unknown++;
            } else {
                reach += p.reach();
            }
        }
        Map<String, Integer> toneCodes = new LinkedHashMap<>();
        tones.forEach((tone, n) -> toneCodes.put(tone.code(), n));
        return new Coverage(code, themeCode, title, items.size(), months(items), mostFirst(outlets), outlets.size(),
                reach, unknown, toneCodes, mostFirst(quoted), quoted.size());
    }

    private static Map<String, Integer> months(List<PressItem> items) {
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return byMonth;
        }
        YearMonth first = items.stream().map(p -> YearMonth.from(p.publishedOn())).min(Comparator.naturalOrder())
                .orElseThrow();
        YearMonth last = items.stream().map(p -> YearMonth.from(p.publishedOn())).max(Comparator.naturalOrder())
                .orElseThrow();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 0);
        }
        items.forEach(p -> byMonth.merge(YearMonth.from(p.publishedOn()).toString(), 1, Integer::sum));
        return byMonth;
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Coverage.MAX_NAMED)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<PressItem> only(List<PressItem> items, Predicate<PressItem> keep) {
        return items.stream().filter(keep).toList();
    }
}
