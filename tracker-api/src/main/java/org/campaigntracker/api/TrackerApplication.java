package org.campaigntracker.api;

import org.campaigntracker.api.campaign.CampaignsResource;
import org.campaigntracker.api.health.HealthResource;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.problem.AmbiguousNameMapper;
import org.campaigntracker.api.problem.CatchAllMapper;
import org.campaigntracker.api.problem.ConflictMapper;
import org.campaigntracker.api.problem.DatabaseUnavailableMapper;
import org.campaigntracker.api.problem.InvalidInputMapper;
import org.campaigntracker.api.problem.JsonProcessingMapper;
import org.campaigntracker.api.problem.NotFoundMapper;
import org.campaigntracker.api.problem.StaleVersionMapper;
import org.campaigntracker.api.problem.WebApplicationExceptionMapper;
import org.campaigntracker.core.Tracker;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Every resource and provider of the API, built by hand from one {@link Tracker}. Tests reuse it. */
public final class TrackerApplication extends ResourceConfig {

    public TrackerApplication(Tracker tracker) {
        register(JacksonFeature.withoutExceptionMappers());
        register(ObjectMapperProvider.class);

        register(new HealthResource(tracker::databaseReachable));
        register(new CampaignsResource(tracker.campaigns()));

        register(NotFoundMapper.class);
        register(InvalidInputMapper.class);
        register(ConflictMapper.class);
        register(StaleVersionMapper.class);
        register(AmbiguousNameMapper.class);
        register(DatabaseUnavailableMapper.class);
        register(WebApplicationExceptionMapper.class);
        register(JsonProcessingMapper.class);
        register(CatchAllMapper.class);

        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
