package org.campaigntracker.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.campaigntracker.core.access.TokenService;
import org.campaigntracker.core.activity.ActivityService;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.brief.BriefingService;
import org.campaigntracker.core.brief.Stories;
import org.campaigntracker.core.calendar.CalendarFeed;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.outreach.OutreachService;
import org.campaigntracker.core.coverage.CoverageService;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.digest.DigestService;
import org.campaigntracker.core.document.ResourceDocumentService;
import org.campaigntracker.core.hatvp.HatvpService;
import org.campaigntracker.core.intake.IntakeService;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.ledger.LedgerService;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.member.TrainingService;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.privacy.PrivacyService;
import org.campaigntracker.core.privacy.SubjectExport;
import org.campaigntracker.core.publish.PublishService;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.progress.ProgressService;
import org.campaigntracker.core.retry.IdempotentRequests;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.status.StatusService;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.store.FirstUseConnection;
import org.campaigntracker.core.store.Transactions;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.transfer.CampaignServices;
import org.campaigntracker.core.transfer.TransferService;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.DatabaseUnavailableException;
import org.campaigntracker.db.FailFastDataSource;
import org.campaigntracker.db.Migrator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DSL;

/**
 * The composition root: a database, migrated, one {@link Transactions} over it, and every feature's service built
 * once, each given the collaborators it needs through its constructor. Front doors (CLI, API) and tests create a
 * Tracker and hand its services to their resources and commands; no service sees the Tracker.
 */
public final class Tracker implements AutoCloseable {

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DSLContext dsl;
    private final AutoCloseable resource;
    private final Clock clock;
    private final PublishService publish;
    private final RevisionWatch watch;
    private final Sealer sealer;
    private final Transactions transactions;
    private final CampaignService campaigns;
    private final DemandService demands;
    private final TokenService tokens;
    private final IdempotentRequests retries;
    private final StakeholderService stakeholders;
    private final ContactPointService contactPoints;
    private final RelationshipService relationships;
    private final MemberService members;
    private final TrainingService trainings;
    private final PositionService positions;
    private final CommitmentService commitments;
    private final PlanService plan;
    private final FollowUpService followUps;
    private final InteractionService interactions;
    private final IntakeService intake;
    private final PressService press;
    private final MobilisationService mobilisations;
    private final StewardshipService stewardship;
    private final DigestService digests;
    private final OutreachService outreach;
    private final TestimonyService testimonies;
    private final HatvpService hatvp;
    private final StatusService status;
    private final PrivacyService privacy;
    private final TransferService transfer;
    private final ProgressService progress;
    private final ActivityService activity;
    private final AuditService audit;
    private final MapService maps;
    private final LedgerService ledger;
    private final CoverageService coverage;
    private final Stories stories;
    private final BriefingService briefing;
    private final ResourceDocumentService resourceDocument;
    private final CalendarFeed calendar;

    private Tracker(DSLContext dsl, AutoCloseable resource, Clock clock, RevisionWatch watch, Sealer sealer) {
        this.dsl = dsl;
        this.watch = watch;
        this.sealer = sealer;
        this.resource = resource;
        this.clock = clock;
        Transactions tx = new Transactions(dsl, watch);
        this.transactions = tx;
        // Features with no other feature to call first, then those that read across them.
        this.campaigns = new CampaignService(tx);
        this.demands = new DemandService(tx);
        this.tokens = new TokenService(tx, clock);
        this.retries = new IdempotentRequests(tx, sealer, clock);
        this.stakeholders = new StakeholderService(tx);
        this.contactPoints = new ContactPointService(tx, sealer);
        this.relationships = new RelationshipService(tx);
        this.members = new MemberService(tx, clock, sealer);
        this.trainings = new TrainingService(tx);
        this.positions = new PositionService(tx);
        this.commitments = new CommitmentService(tx);
        this.plan = new PlanService(tx);
        this.followUps = new FollowUpService(tx);
        this.interactions = new InteractionService(tx);
        // A time given in UTC in an invitation or an e-mail falls on the day of the machine's zone.
        this.intake = new IntakeService(tx, interactions, stakeholders, contactPoints, members, ZoneId.systemDefault());
        this.press = new PressService(tx);
        this.mobilisations = new MobilisationService(tx);
        this.stewardship = new StewardshipService(tx);
        this.outreach = new OutreachService(tx, press);
        this.testimonies = new TestimonyService(tx, sealer);
        this.activity = new ActivityService(tx);
        this.audit = new AuditService(tx);
        this.progress = new ProgressService(tx, clock);
        this.hatvp = new HatvpService(tx, campaigns, stakeholders, demands, interactions);
        this.status = new StatusService(tx, campaigns, stakeholders, positions, demands, commitments, members,
                followUps, plan, interactions, hatvp, mobilisations, stewardship);
        this.privacy = new PrivacyService(tx, sealer, clock, stakeholders, contactPoints, testimonies, audit,
                new SubjectExport(stakeholders, contactPoints, relationships, interactions, positions, commitments,
                        testimonies), retries);
        this.publish = new PublishService(tx, campaigns, demands, stakeholders, clock);
        this.transfer = new TransferService(tx, sealer, new CampaignServices(campaigns, demands, stakeholders,
                contactPoints, relationships, members, trainings, interactions, press, testimonies, positions,
                commitments, plan, followUps, publish, mobilisations, outreach, stewardship), privacy);
        this.maps = new MapService(tx, stakeholders, relationships, interactions, demands, positions, commitments,
                stewardship);
        this.ledger = new LedgerService(tx, stakeholders);
        this.coverage = new CoverageService(tx, demands, stakeholders, press);
        this.stories = new Stories(demands, testimonies);
        this.briefing = new BriefingService(stakeholders, interactions, maps, commitments, press, stories, positions,
                demands, members, trainings, stewardship);
        this.resourceDocument = new ResourceDocumentService(demands, stories, press, stakeholders, testimonies);
        this.digests = new DigestService(tx, campaigns, members, stakeholders, followUps, commitments, stewardship, plan,
                interactions);
        this.calendar = new CalendarFeed(plan, interactions, followUps, mobilisations, commitments, clock);
    }

    /**
     * One connection, with a key generated for this process only: for tests and tools that read no personal data.
     * Whatever it seals cannot be opened by another process; front doors use {@link #connect(ConnectionSettings,
     * Sealer)} with the key of {@link org.campaigntracker.core.seal.DataKeys}.
     */
    public static Tracker connect(ConnectionSettings settings) {
        return connect(settings, ProcessKey.SEALER);
    }

    /** One connection, for a command-line call: no pool to start, migrations checked once. */
    public static Tracker connect(ConnectionSettings settings, Sealer sealer) {
        Connection connection = settings.open();
        try {
            Migrator.migrate(connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return new Tracker(DSL.using(connection, SQLDialect.POSTGRES, settings()), connection, Clock.systemUTC(),
                RevisionWatch.none(), sealer);
    }

    /**
     * One connection, opened and migrated on the first query (see {@link FirstUseConnection}): for a command-line call
     * whose services are handed out before it is known whether the command will read anything.
     */
    public static Tracker connectOnFirstUse(Supplier<ConnectionSettings> settings, Sealer sealer) {
        FirstUseConnection connection = new FirstUseConnection(settings);
        DSLContext dsl = DSL.using(new DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES).set(settings()));
        return new Tracker(dsl, connection, Clock.systemUTC(), RevisionWatch.none(), sealer);
    }

    /** A connection pool with a key for this process only (tests): see {@link #connect(ConnectionSettings)}. */
    public static Tracker pooled(ConnectionSettings settings, int maxConnections) {
        return pooled(settings, maxConnections, ProcessKey.SEALER);
    }

    /** A connection pool, for the server; returns once the schema is checked (and migrated if needed). */
    public static Tracker pooled(ConnectionSettings settings, int maxConnections, Sealer sealer) {
        Starting starting = starting(settings, maxConnections, sealer);
        starting.awaitSchema();
        return starting.tracker();
    }

    /**
     * A pooled tracker whose schema check runs on another thread meanwhile, so a server can build its HTTP side
     * (the slowest part of its start) at the same time. Nothing may be served before {@link Starting#awaitSchema()}.
     */
    public static Starting starting(ConnectionSettings settings, int maxConnections, Sealer sealer) {
        CompletableFuture<Void> schema = CompletableFuture.runAsync(() -> {
            try (Connection connection = settings.open()) {
                Migrator.migrate(connection);
            } catch (SQLException e) {
                throw new DatabaseUnavailableException("cannot connect to the database: " + e.getMessage(), e);
            }
        });
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(maxConnections);
        // Opened as load comes rather than all at start, where they would compete with the start for the CPU.
        config.setMinimumIdle(Math.min(2, maxConnections));
        config.setPoolName("tracker");
        // Fail requests fast while the database is down instead of queueing them for 30 s.
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        RevisionWatch watch = RevisionWatch.start(settings::open);
        Tracker tracker = new Tracker(DSL.using(new FailFastDataSource(pool), SQLDialect.POSTGRES, settings()), () -> {
            watch.close();
            pool.close();
        }, Clock.systemUTC(), watch, sealer);
        // Once the schema is known good, the read every request starts with runs once, on its own thread: the first
        // request then finds the pool open and the query path loaded instead of paying for both.
        schema.thenRunAsync(tracker::warmUp);
        return new Starting(tracker, schema);
    }

    /**
     * Starts loading, on a thread of its own, what {@link #starting} needs first and would otherwise load in line:
     * jOOQ's type registry and SQL renderer, the pool and the driver. A server calls it as soon as it knows it will
     * start, so this runs beside its command-line parsing. Harmless if nothing follows; failures are ignored (the
     * real use reports them).
     */
    public static void preload() {
        Thread loader = new Thread(() -> {
            try {
                DSL.using(SQLDialect.POSTGRES, settings()).selectOne().where(DSL.field("1").eq(1)).getSQL();
                Class.forName(HikariDataSource.class.getName(), true, Tracker.class.getClassLoader());
                new HikariConfig();
                // Loads the drivers the class path declares (a scan of every jar) and the PostgreSQL driver.
                DriverManager.getDrivers();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // Only a head start was lost.
            }
        }, "tracker-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** Runs, and discards, a token lookup (every authenticated request starts with one); reads nothing that exists. */
    private void warmUp() {
        try {
            tokens.warmUp();
        } catch (RuntimeException e) {
            // A warm-up only: the database's state is reported by the requests themselves.
        }
    }

    /** A tracker and the schema check running beside its start. */
    public record Starting(Tracker tracker, CompletableFuture<Void> schema) {

        /** Waits for the schema check; if it failed, closes the tracker and throws what the check threw. */
        public void awaitSchema() {
            try {
                schema.join();
            } catch (CompletionException e) {
                tracker.close();
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** Over a data source owned by the caller (tests), with a key for this process only. */
    public static Tracker over(DataSource dataSource) {
        return over(dataSource, Clock.systemUTC());
    }

    /** Over a data source owned by the caller, with a clock of the caller's (tests of expiry and deadlines). */
    public static Tracker over(DataSource dataSource, Clock clock) {
        return over(dataSource, clock, ProcessKey.SEALER);
    }

    /** Over a data source owned by the caller, with the caller's clock and data key. */
    public static Tracker over(DataSource dataSource, Clock clock, Sealer sealer) {
        return new Tracker(DSL.using(dataSource, SQLDialect.POSTGRES, settings()), () -> { }, clock,
                RevisionWatch.none(), sealer);
    }

    private static Settings settings() {
        return new Settings().withRenderSchema(false).withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Tells in-memory read models when a campaign changed; never vouches outside a server. */
    public RevisionWatch revisions() {
        return watch;
    }

    /** The data key personal values are sealed with. */
    public Sealer sealer() {
        return sealer;
    }

    /**
     * The unit of work: services run their use cases through it, and a caller can make several use cases land
     * together or not at all (imports, the demo data) by calling them inside {@link Transactions#transaction}.
     */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * Runs use cases of this tracker's services as one unit of work: everything they write lands, or nothing does
     * (tests and tools; see {@link Transactions#transaction}).
     */
    public <T> T inTransaction(Function<Tracker, T> work) {
        return transactions.transaction(tx -> work.apply(this));
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public DemandService demands() {
        return demands;
    }

    /** Writes run once per token and idempotency key: the API's safe retries. */
    public IdempotentRequests retries() {
        return retries;
    }

    public TokenService tokens() {
        return tokens;
    }

    public StakeholderService stakeholders() {
        return stakeholders;
    }

    public ContactPointService contactPoints() {
        return contactPoints;
    }

    public RelationshipService relationships() {
        return relationships;
    }

    public MemberService members() {
        return members;
    }

    public TrainingService trainings() {
        return trainings;
    }

    public PositionService positions() {
        return positions;
    }

    public CommitmentService commitments() {
        return commitments;
    }

    public DigestService digests() {
        return digests;
    }

    public StewardshipService stewardship() {
        return stewardship;
    }

    public MobilisationService mobilisations() {
        return mobilisations;
    }

    public OutreachService outreach() {
        return outreach;
    }

    public PlanService plan() {
        return plan;
    }

    public FollowUpService followUps() {
        return followUps;
    }

    public InteractionService interactions() {
        return interactions;
    }

    public IntakeService intake() {
        return intake;
    }

    public PressService press() {
        return press;
    }

    public TestimonyService testimonies() {
        return testimonies;
    }

    public StatusService status() {
        return status;
    }

    public TransferService transfer() {
        return transfer;
    }

    /** The partner dashboard read model, cached per campaign revision. */
    public ProgressService progress() {
        return progress;
    }

    public ActivityService activity() {
        return activity;
    }

    /** The clock the services use for "today" (a fixed one in tests of deadlines and expiry). */
    public Clock clock() {
        return clock;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public CoverageService coverage() {
        return coverage;
    }

    public HatvpService hatvp() {
        return hatvp;
    }

    public ResourceDocumentService resourceDocument() {
        return resourceDocument;
    }

    /** One stakeholder's briefing pack. */
    public BriefingService briefing() {
        return briefing;
    }

    /** The campaign's calendar as iCalendar. */
    public CalendarFeed calendar() {
        return calendar;
    }

    public AuditService audit() {
        return audit;
    }

    public PrivacyService privacy() {
        return privacy;
    }

    /** The stakeholder map: grid, network, gaps, influence paths and cards. */
    /** The public accountability page: what is marked public, and the page's read model. */
    public PublishService publish() {
        return publish;
    }

    public MapService maps() {
        return maps;
    }

    /** True when the database answers a trivial query. */
    public boolean databaseReachable() {
        try {
            dsl.selectOne().fetch();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the database connection", e);
        }
    }

    /** Generated once per process, held in memory only. */
    private static final class ProcessKey {
        static final Sealer SEALER = Sealer.of(org.campaigntracker.core.seal.DataKey.generate());
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
