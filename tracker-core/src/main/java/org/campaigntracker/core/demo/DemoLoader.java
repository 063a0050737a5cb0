package org.campaigntracker.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;

/**
 * Loads the reference campaigns that are not there yet, each in one transaction: running it again adds nothing,
 * and a failure half-way leaves no partial campaign.
 */
public final class DemoLoader {

    /** What a load did: the demo campaigns, and which of them this run created. */
    public record Result(List<Campaign> campaigns, List<String> created) {
    }

    private DemoLoader() {
    }

    public static List<String> slugs() {
        return List.of(CafCampaign.SLUG, FranceTravailCampaign.SLUG);
    }

    public static Result load(Tracker tracker) {
        List<Campaign> campaigns = new ArrayList<>();
        List<String> created = new ArrayList<>();
        loadOne(tracker, CafCampaign.SLUG, CafCampaign::load, campaigns, created);
        loadOne(tracker, FranceTravailCampaign.SLUG, FranceTravailCampaign::load, campaigns, created);
        return new Result(List.copyOf(campaigns), List.copyOf(created));
    }

    private static void loadOne(Tracker tracker, String slug, Function<Tracker, Campaign> loader,
                                List<Campaign> campaigns, List<String> created) {
        // One unit of work: every service the loader calls joins it.
        Campaign campaign = tracker.transactions().transaction(tx -> {
            // Under an advisory lock, so two demos started together do not both load.
            tx.dsl().fetch("select pg_advisory_xact_lock(hashtext({0}))", "tracker-demo:" + slug);
            boolean exists = tracker.campaigns().list().stream().anyMatch(c -> c.slug().equals(slug));
            if (exists) {
                return null;
            }
            return loader.apply(tracker);
        });
        if (campaign != null) {
            created.add(slug);
        }
        campaigns.add(tracker.campaigns().get(slug));
    }
}
