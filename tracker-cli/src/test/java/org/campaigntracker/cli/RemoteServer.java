package org.campaigntracker.cli;

import java.time.Duration;
import java.util.List;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.db.ConnectionSettings;

/**
 * The real API over a test database, as {@code tracker serve} runs it, for the CLI's remote mode: same data key as
 * {@link CliRun}'s local runs, so both modes read the same sealed data. Tokens are made straight in the database.
 */
public final class RemoteServer implements AutoCloseable {

    private final Tracker tracker;
    private final ApiServer server;

    private RemoteServer(Tracker tracker, ApiServer server) {
        this.tracker = tracker;
        this.server = server;
    }

    public static RemoteServer start(ConnectionSettings db) {
        Main.quietLogging(false);
        Tracker tracker = Tracker.pooled(db, 4, new Sealer(DataKey.fromBase64(CliRun.TEST_DATA_KEY), List.of()));
        return new RemoteServer(tracker, ApiServer.start(tracker, "127.0.0.1", 0));
    }

    /** "http://127.0.0.1:port", without a trailing slash, as a user types it. */
    public String url() {
        return server.baseUri().toString().replaceAll("/+$", "");
    }

    /** A new token of this role for the campaign, held by the named member when one is given. */
    public String token(String campaignSlug, Role role, Long memberId) {
        long campaignId = tracker.campaigns().get(campaignSlug).id();
        TokenOwner owner = memberId == null ? TokenOwner.NONE : TokenOwner.member(memberId);
        return tracker.tokens().create(campaignId, role, owner, "test " + role.wire(), Duration.ofDays(1)).value();
    }

    public String token(String campaignSlug, Role role) {
        return token(campaignSlug, role, null);
    }

    /** A partner organisation's token. */
    public String partnerToken(String campaignSlug, long organisationId) {
        long campaignId = tracker.campaigns().get(campaignSlug).id();
        return tracker.tokens().create(campaignId, Role.PARTNER, TokenOwner.organisation(organisationId),
                "test partner", Duration.ofDays(1)).value();
    }

    public Tracker tracker() {
        return tracker;
    }

    @Override
    public void close() {
        server.close();
        tracker.close();
    }
}
