package org.campaigntracker.api.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.web.Browser;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.testing.TestPostgres;

/**
 * The map benchmark run by bench/map/run.sh: a campaign of 2,000 stakeholders, 10,000 relationships and 6,000
 * interactions on a fresh embedded PostgreSQL; medians of the map read model with its JSON (in the server process and
 * over HTTP), of path queries, and of the page's time to a usable grid and to a drawn network in headless Chromium.
 * Each figure has a floor measured in the same run by the same code on the smallest input (a campaign of one
 * stakeholder; a path on a graph of two), so what the size costs shows apart from the machine's speed. Prints
 * {@code RESULT<TAB>name<TAB>value<TAB>unit} lines, floors named {@code <name>.floor}, for bench/run.
 */
public final class MapBench {

    private static final int STAKEHOLDERS = 2_000;
    private static final int RELATIONSHIPS = 10_000;
    private static final String BIG = "map-bench";
    private static final String SINGLE = "map-floor";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** The figures printed, each with a floor; the first three are the targets of bench/targets.tsv. */
    static final List<String> FIGURES = List.of("map.json", "map.path", "map.page_interactive", "map.json_http",
            "map.network_drawn");

    private MapBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Tracker tracker = Tracker.pooled(TestPostgres.freshDatabase(), 8)) {
            long campaign = generate(tracker);
            long single = single(tracker);
            long[] pair = pair(tracker);
            MapService maps = tracker.maps();
            result("map.json", median(40, () -> json(maps, campaign)), "ms");
            result("map.json.floor", median(40, () -> json(maps, single)), "ms");
            List<Stakeholder> targets = tracker.stakeholders().list(campaign).subList(0, 60);
            int[] next = {0};
            result("map.path", median(60, () -> maps.pathsTo(campaign,
                    targets.get(next[0]++ % targets.size()).id(), TODAY, 3, Locale.ENGLISH)), "ms");
            result("map.path.floor", median(60, () -> maps.pathsTo(pair[0], pair[1], TODAY, 3, Locale.ENGLISH)),
                    "ms");
            try (ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0)) {
                String token = token(tracker, campaign);
                String floorToken = token(tracker, single);
                HttpClient http = HttpClient.newHttpClient();
                result("map.json_http", median(30, () -> get(http, server.baseUri(), BIG, token)), "ms");
                result("map.json_http.floor", median(30, () -> get(http, server.baseUri(), SINGLE, floorToken)),
                        "ms");
                try (Browser browser = Browser.start()) {
                    page(browser, server.baseUri(), BIG, token, "");
                    page(browser, server.baseUri(), SINGLE, floorToken, ".floor");
                }
            }
        }
    }

    private static byte[] json(MapService maps, long campaign) throws Exception {
        return ObjectMapperProvider.shared().writeValueAsBytes(MapRepresentation.from(maps.map(campaign, TODAY, 90, 4)));
    }

    private static String token(Tracker tracker, long campaign) {
        return tracker.tokens().create(campaign, Role.ADVISER, "bench", null).value();
    }

    private static HttpResponse<byte[]> get(HttpClient http, URI base, String slug, String token) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(base.resolve("api/v1/campaigns/" + slug + "/map"))
                .header("Authorization", "Bearer " + token).build();
        HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + slug + " map answered " + response.statusCode());
        }
        return response;
    }

    /** Five page loads of the campaign's map: medians of the usable grid and of the drawn network. */
    private static void page(Browser browser, URI base, String slug, String token, String suffix) {
        long[] ready = new long[5];
        long[] network = new long[5];
        for (int i = 0; i < ready.length; i++) {
            browser.open(base.resolve("campaigns/" + slug + "/map?run=" + i + "#token=" + token));
            browser.waitFor("document.body.dataset.network === 'ready'", Duration.ofSeconds(60));
            ready[i] = browser.script("return Number(document.body.dataset.readyAt);").asLong();
            network[i] = browser.script("return Number(document.body.dataset.networkAt);").asLong();
        }
        result("map.page_interactive" + suffix, median(ready), "ms");
        result("map.network_drawn" + suffix, median(network), "ms");
    }

    /** The floor of the map figures: a campaign with one stakeholder, one theme and one demand. */
    public static long single(Tracker tracker) {
        long c = tracker.campaigns().create(CampaignDraft.of(SINGLE, "Carte minimale")).id();
        long theme = tracker.demands().addTheme(c, ThemeDraft.of("Thème")).id();
        tracker.demands().addDemand(c, DemandDraft.of(theme, "Exigence"));
        stakeholder(tracker, c, "Seule cible", StakeholderCategory.direct_target);
        return c;
    }

    /** The floor of a path query: an ally who knows the target; returns the campaign and the target. */
    static long[] pair(Tracker tracker) {
        long c = tracker.campaigns().create(CampaignDraft.of("path-floor", "Chemin minimal")).id();
        long ally = stakeholder(tracker, c, "Allié", StakeholderCategory.ally);
        long target = stakeholder(tracker, c, "Cible", StakeholderCategory.direct_target);
        tracker.relationships().add(c, new RelationshipDraft(ally, target, RelationshipType.knows, 3,
                TODAY.minusYears(1), null, null, null));
        return new long[] {c, target};
    }

    private static long stakeholder(Tracker tracker, long campaign, String name, StakeholderCategory category) {
        return tracker.stakeholders().add(campaign, new StakeholderDraft(StakeholderKind.person, name, null, null,
                category, 3, 0, null)).id();
    }

    /** Seeded by arithmetic, not randomness, so every run measures the same graph. */
    public static long generate(Tracker tracker) {
        long c = tracker.campaigns().create(CampaignDraft.of(BIG, "Carte de test")).id();
        for (int t = 1; t <= 5; t++) {
            long theme = tracker.demands().addTheme(c, ThemeDraft.of("Thème " + t)).id();
            for (int d = 1; d <= 4; d++) {
                tracker.demands().addDemand(c, DemandDraft.of(theme, "Exigence " + t + "." + d));
            }
        }
        var dsl = tracker.dsl();
        dsl.execute("insert into stakeholder (campaign_id, kind, name, name_key, function_title, category, power, stance)"
                + " select ?, 'person', 'Personne ' || n, 'personne ' || n, 'Fonction ' || (n % 17),"
                + " (case when n < 20 then 'direct_target' when n < 60 then 'intermediate_target'"
                + " when n % 10 = 0 then 'coalition_member' when n % 10 = 5 then 'ally' when n % 10 = 3 then 'media'"
                + " when n % 17 = 0 then 'opponent' else 'neutral' end)::stakeholder_category,"
                + " 1 + (n * 7 % 5), (n * 3 % 5) - 2 from generate_series(0, ?) n", c, STAKEHOLDERS - 1);
        // Five links out of every stakeholder, to distinct others: no self-links, no duplicate (from, to, type).
        dsl.execute("with s as (select id, row_number() over (order by id) - 1 as n from stakeholder"
                + " where campaign_id = ?) insert into relationship (campaign_id, from_id, to_id, type, strength, since, until)"
                + " select ?, a.id, b.id, (array['works_for','member_of','reports_to','influences','knows','funds',"
                + "'advises','allied_with','opposes'])[1 + i % 9]::relationship_type, 1 + i % 5,"
                + " date '2020-01-01' + i % 1500, case when i % 20 = 0 then date '2020-01-01' + i % 1500 + 300 end"
                + " from generate_series(0, ?::int) i join s a on a.n = i % ? join s b on b.n = (i % ? + 1 + (i / ?) * 97"
                + " + (i % ?) * 31 % 50) % ?", c, c, c, RELATIONSHIPS - 1, STAKEHOLDERS, STAKEHOLDERS, STAKEHOLDERS,
                STAKEHOLDERS, STAKEHOLDERS);
        dsl.execute("insert into interaction (campaign_id, kind, occurred_on, title) select ?, 'meeting',"
                + " date '2023-01-01' + i % 880, 'Rencontre ' || i from generate_series(1, 6000) i", c);
        dsl.execute("with s as (select id, row_number() over (order by id) - 1 as n from stakeholder"
                + " where campaign_id = ?), m as (select id, row_number() over (order by id) as i from interaction"
                + " where campaign_id = ?) insert into interaction_participant (interaction_id, stakeholder_id,"
                + " campaign_id) select m.id, s.id, ? from m join s on s.n = m.i * 7 % ?", c, c, c, STAKEHOLDERS);
        return c;
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Median wall time of {@code runs} runs after as many warm-up runs (the JIT compiles the path first). */
    private static double median(int runs, Work work) throws Exception {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        return median(times) / 1e6;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Refuses a name bench/run would not know, rather than letting it show the target as "not measured". */
    private static void result(String name, double value, String unit) {
        if (!FIGURES.contains(name.replaceFirst("\\.floor$", ""))) {
            throw new IllegalArgumentException("not a map figure: " + name);
        }
        System.out.printf(Locale.ROOT, "RESULT\t%s\t%.1f\t%s%n", name, value, unit);
    }
}
