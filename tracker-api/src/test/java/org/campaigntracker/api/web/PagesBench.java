package org.campaigntracker.api.web;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.map.MapBench;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;

/**
 * The pages benchmark run by bench/pages/run.sh: each page's time from navigation to usable (the page's own
 * data-ready-at, set once its data is drawn) in headless Chromium, median of five loads, on the demo's CAF campaign
 * and on the map benchmark's campaign of 2,000 stakeholders and 10,000 relationships. The floor of both is the same
 * page on a campaign of one stakeholder, measured in the same run. Prints {@code RESULT<TAB>name<TAB>value<TAB>unit}
 * lines: {@code pages.<page>.demo}, {@code pages.<page>.large} and their {@code .floor}.
 */
public final class PagesBench {

    static final List<String> PAGES = List.of("index", "home", "map", "ledger", "coverage", "log");
    private static final int LOADS = 5;

    private PagesBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Tracker tracker = Tracker.pooled(TestPostgres.freshDatabase(), 8)) {
            DemoLoader.load(tracker);
            long demo = tracker.campaigns().get("caf-cog-2023").id();
            long large = MapBench.generate(tracker);
            long single = MapBench.single(tracker);
            try (ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0); Browser browser = Browser.start()) {
                for (String page : PAGES) {
                    double floor = median(browser, server.baseUri(), tracker, single, page);
                    double onDemo = median(browser, server.baseUri(), tracker, demo, page);
                    double onLarge = median(browser, server.baseUri(), tracker, large, page);
                    result("pages." + page + ".demo", onDemo);
                    result("pages." + page + ".demo.floor", floor);
                    result("pages." + page + ".large", onLarge);
                    result("pages." + page + ".large.floor", floor);
                }
            }
        }
    }

    /** Median time to usable over five fresh loads, after one load that warms the server and the browser cache. */
    private static double median(Browser browser, URI base, Tracker tracker, long campaign, String page) {
        String slug = tracker.campaigns().get(campaign).slug();
        String token = tracker.tokens().create(campaign, Role.COORDINATOR, "pages bench", null).value();
        long[] times = new long[LOADS];
        for (int i = -1; i < LOADS; i++) {
            browser.open(base.resolve("campaigns/" + slug + "/" + (page.equals("index") ? "" : page) + "?run=" + i
                    + "#token=" + token));
            browser.waitFor("document.body.dataset.state === 'ready'", Duration.ofSeconds(60));
            if (i >= 0) {
                times[i] = browser.script("return Number(document.body.dataset.readyAt);").asLong();
            }
        }
        Arrays.sort(times);
        return times[LOADS / 2];
    }

    private static void result(String name, double value) {
        System.out.printf(Locale.ROOT, "RESULT\t%s\t%.1f\t%s%n", name, value, "ms");
    }
}
