package org.campaigntracker.api;

import java.time.Duration;
import org.campaigntracker.api.activity.ActivityResource;
import org.campaigntracker.api.audit.AuditFilter;
import org.campaigntracker.api.commitment.CommitmentsResource;
import org.campaigntracker.api.mobilisation.MobilisationsResource;
import org.campaigntracker.api.outreach.OutreachResource;
import org.campaigntracker.api.intel.CalendarResource;
import org.campaigntracker.api.intel.DocumentsResource;
import org.campaigntracker.api.intel.HatvpResource;
import org.campaigntracker.api.intel.IntelligenceResource;
import org.campaigntracker.api.interaction.AgendaResource;
import org.campaigntracker.api.interaction.InteractionImportResource;
import org.campaigntracker.api.interaction.InteractionsResource;
import org.campaigntracker.api.map.MapResource;
import org.campaigntracker.api.plan.FollowUpsResource;
import org.campaigntracker.api.plan.MilestonesResource;
import org.campaigntracker.api.position.PositionsResource;
import org.campaigntracker.api.member.MembersResource;
import org.campaigntracker.api.member.TrainingsResource;
import org.campaigntracker.api.access.TokensResource;
import org.campaigntracker.api.publish.PublicResource;
import org.campaigntracker.api.publish.PublicationResource;
import org.campaigntracker.api.press.PressItemsResource;
import org.campaigntracker.api.progress.ProgressResource;
import org.campaigntracker.api.stakeholder.ContactPointsResource;
import org.campaigntracker.api.stakeholder.RelationshipsResource;
import org.campaigntracker.api.stakeholder.StakeholdersResource;
import org.campaigntracker.api.stewardship.StewardshipResource;
import org.campaigntracker.api.testimony.TestimoniesResource;
import org.campaigntracker.api.testimony.TestimonyDetailsResource;
import org.campaigntracker.api.http.ParamConverters;
import org.campaigntracker.api.campaign.CampaignsResource;
import org.campaigntracker.api.demand.DemandsResource;
import org.campaigntracker.api.docs.DocsResource;
import org.campaigntracker.api.demand.ThemesResource;
import org.campaigntracker.api.health.HealthResource;
import org.campaigntracker.api.http.BodyLimit;
import org.campaigntracker.api.http.ForwardedScheme;
import org.campaigntracker.api.http.Compression;
import org.campaigntracker.api.http.CorsFilter;
import org.campaigntracker.api.http.IdempotencyKeys;
import org.campaigntracker.api.http.IdempotentInvocations;
import org.campaigntracker.api.http.KnownQueryParameters;
import org.campaigntracker.api.http.ProblemAccept;
import org.campaigntracker.api.http.ReadableHeaders;
import org.campaigntracker.api.http.SecurityHeadersFilter;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.problem.AmbiguousNameMapper;
import org.campaigntracker.api.problem.CatchAllMapper;
import org.campaigntracker.api.problem.ConflictMapper;
import org.campaigntracker.api.problem.DataAccessExceptionMapper;
import org.campaigntracker.api.problem.DatabaseUnavailableMapper;
import org.campaigntracker.api.problem.ForbiddenMapper;
import org.campaigntracker.api.problem.IntakeFileMapper;
import org.campaigntracker.api.problem.InvalidInputMapper;
import org.campaigntracker.api.problem.JsonProcessingMapper;
import org.campaigntracker.api.problem.NotAuthenticatedMapper;
import org.campaigntracker.api.problem.NotFoundMapper;
import org.campaigntracker.api.problem.PayloadTooLargeMapper;
import org.campaigntracker.api.problem.PreconditionRequiredMapper;
import org.campaigntracker.api.problem.RoleNotAllowedMapper;
import org.campaigntracker.api.problem.StaleVersionMapper;
import org.campaigntracker.api.problem.WebApplicationExceptionMapper;
import org.campaigntracker.api.security.AuthFilter;
import org.campaigntracker.api.web.LogChoicesResource;
import org.campaigntracker.api.web.PagesResource;
import org.campaigntracker.api.web.WebResource;
import org.campaigntracker.core.Tracker;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Every resource and provider of the API, built by hand from one {@link Tracker}. Tests reuse it. */
public final class TrackerApplication extends ResourceConfig {

    public TrackerApplication(Tracker tracker) {
        this(tracker, ApiConfig.defaults());
    }

    public TrackerApplication(Tracker tracker, ApiConfig config) {
        register(JacksonFeature.withoutExceptionMappers());
        register(ObjectMapperProvider.class);

        register(new AuthFilter(tracker.tokens(), tracker.revisions(),
                Duration.ofSeconds(config.tokenCacheSeconds())));
        register(new ForwardedScheme());
        register(new SecurityHeadersFilter());
        register(new ReadableHeaders());
        register(new ProblemAccept());
        register(new CorsFilter(config.corsOrigins()));
        register(new BodyLimit(config.maxBodyBytes()));
        register(new ParamConverters());
        register(Compression.class);
        register(new KnownQueryParameters());
        register(new IdempotencyKeys());
        register(IdempotentInvocations.binder(tracker.retries()));

        register(new HealthResource(tracker::databaseReachable));
        register(new DocsResource());
        register(new WebResource());
        register(new PagesResource(tracker.campaigns()));
        register(new LogChoicesResource(tracker.stakeholders(), tracker.members(), tracker.demands()));
        register(new CampaignsResource(tracker.campaigns()));
        register(new ThemesResource(tracker.demands()));
        register(new DemandsResource(tracker.demands()));
        register(new StakeholdersResource(tracker.stakeholders()));
        register(new ContactPointsResource(tracker.contactPoints()));
        register(new RelationshipsResource(tracker.relationships()));
        register(new InteractionsResource(tracker.interactions(), tracker.stakeholders(), tracker.members()));
        register(new AgendaResource(tracker.interactions(), tracker.stakeholders(), tracker.members(),
                tracker.demands()));
        register(new InteractionImportResource(tracker.intake()));
        register(new PositionsResource(tracker.positions()));
        register(new CommitmentsResource(tracker.commitments(), tracker.clock()));
        register(new MobilisationsResource(tracker.mobilisations()));
        register(new OutreachResource(tracker.outreach()));
        register(new PressItemsResource(tracker.press()));
        register(new MilestonesResource(tracker.plan()));
        register(new FollowUpsResource(tracker.followUps()));
        register(new ActivityResource(tracker.activity()));
        register(new ProgressResource(tracker.progress()));
        register(new IntelligenceResource.Ledger(tracker.ledger()));
        register(new IntelligenceResource.Coverage(tracker.coverage()));
        register(new IntelligenceResource.Status(tracker.status(), tracker.clock()));
        register(new CalendarResource(tracker.campaigns(), tracker.calendar()));
        register(new DocumentsResource.Briefing(tracker.campaigns(), tracker.briefing(), tracker.clock()));
        register(new DocumentsResource.Resource(tracker.campaigns(), tracker.resourceDocument(), tracker.clock()));
        register(new DocumentsResource.Digest(tracker.digests(), tracker.clock()));
        register(new HatvpResource(tracker.hatvp()));
        register(new MapResource(tracker.maps(), tracker.clock()));
        register(new TestimoniesResource(tracker.testimonies(), tracker.clock()));
        register(new TestimonyDetailsResource(tracker.testimonies(), tracker.clock()));
        register(new PublicResource(tracker.publish(), config.publicRequestsPerMinute()));
        register(new PublicationResource(tracker.publish(), tracker.campaigns()));
        register(new MembersResource(tracker.members()));
        register(new TokensResource(tracker.tokens()));
        register(new TrainingsResource(tracker.trainings()));
        register(new StewardshipResource(tracker.stewardship()));
        register(new StewardshipResource.Access(tracker.stewardship()));
        register(new StewardshipResource.Due(tracker.stewardship(), tracker.clock()));
        register(new AuditFilter(tracker.audit(), tracker.tokens()));

        register(NotFoundMapper.class);
        register(InvalidInputMapper.class);
        register(IntakeFileMapper.class);
        register(ConflictMapper.class);
        register(StaleVersionMapper.class);
        register(AmbiguousNameMapper.class);
        register(DatabaseUnavailableMapper.class);
        register(DataAccessExceptionMapper.class);
        register(WebApplicationExceptionMapper.class);
        register(JsonProcessingMapper.class);
        register(NotAuthenticatedMapper.class);
        register(RoleNotAllowedMapper.class);
        register(ForbiddenMapper.class);
        register(PreconditionRequiredMapper.class);
        register(PayloadTooLargeMapper.class);
        register(CatchAllMapper.class);

        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Everything is registered by hand above: scanning the class path for more costs start-up time.
        property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        property(ServerProperties.BV_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
