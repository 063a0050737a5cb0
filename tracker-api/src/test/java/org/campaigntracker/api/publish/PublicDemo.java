package org.campaigntracker.api.publish;

import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.publish.PublicKind;

/** The demo with everything published: the widest public page there can be, for the crawl and the browser. */
public final class PublicDemo {

    private PublicDemo() {
    }

    /** Marks every position, commitment, press item and milestone public and publishes every campaign. */
    public static void publishEverything(Tracker tracker) {
        for (Campaign c : tracker.campaigns().list()) {
            for (PublicKind kind : PublicKind.values()) {
                String table = kind == PublicKind.press ? "press_item" : kind.name();
                for (Object id : tracker.dsl().fetchValues("select id from " + table + " where campaign_id = "
                        + c.id())) {
                    tracker.publish().mark(c.id(), kind, ((Number) id).longValue(), true);
                }
            }
            tracker.publish().publish(c.id());
        }
    }

    /** Every public address of a campaign, as served; the static export writes the same under p/. */
    public static List<String> paths(String slug) {
        List<String> paths = new ArrayList<>(List.of("/p/" + slug, "/p/" + slug + "?lang=en", "/p/" + slug + "?lang=fr",
                "/p/" + slug + ".html", "/p/" + slug + ".en.html", "/p/" + slug + ".fr.html", "/p/" + slug + ".json",
                "/p/" + slug + "/feed.atom", "/p/" + slug + "/embed.html"));
        PublicFiles.ASSETS.forEach(a -> paths.add("/assets/" + a));
        return paths;
    }
}
