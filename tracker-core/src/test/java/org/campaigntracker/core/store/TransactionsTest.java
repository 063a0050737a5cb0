package org.campaigntracker.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.IssuedToken;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenService;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.interaction.CampaignRows;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unit of work keeps core's caches right by itself. The watch here listens to another database, so PostgreSQL's
 * notifications of these writes never reach it: whatever a cached read sees fresh, core made fresh.
 */
class TransactionsTest {

    private static final LocalDate JAN_17 = LocalDate.of(2023, 1, 17);

    private RevisionWatch deafWatch;
    private Transactions transactions;
    private InteractionService interactions;
    private long caf;
    private long grivel;
    private final List<Long> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        ConnectionSettings elsewhere = TestPostgres.freshDatabase();
        Tracker setUp = Tracker.over(db.simpleDataSource());
        caf = setUp.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        grivel = new CampaignRows(setUp.dsl(), caf).person("Nicolas Grivel");
        deafWatch = RevisionWatch.start(elsewhere::open);
        while (!deafWatch.live()) {
            Thread.sleep(10);
        }
        transactions = new Transactions(DSL.using(db.simpleDataSource(), SQLDialect.POSTGRES), deafWatch);
        transactions.onCommit(announced::add);
        interactions = new InteractionService(transactions);
    }

    @AfterEach
    void tearDown() {
        deafWatch.close();
    }

    private InteractionDraft meeting(String title) {
        return InteractionDraft.of(InteractionKind.MEETING, JAN_17, title, List.of(grivel));
    }

    @Test
    void aWriteThroughAServiceRefreshesItsCachedReadsBeforeItReturns() {
        Interaction logged = interactions.log(caf, meeting("Rencontre CNAF"));
        assertThat(interactions.get(caf, logged.id()).title()).isEqualTo("Rencontre CNAF");

        Interaction changed = interactions.update(caf, logged.id(), logged.version(), meeting("Rencontre DG CNAF"));
        assertThat(interactions.get(caf, logged.id()).title()).isEqualTo("Rencontre DG CNAF");

        interactions.delete(caf, changed.id(), changed.version());
        assertThatThrownBy(() -> interactions.get(caf, logged.id()))
                .hasMessageContaining(String.valueOf(logged.id()));
        assertThat(announced).containsExactly(caf, caf, caf);
    }

    @Test
    void readModelsHearOfACommitOnlyOnceItIsCommittedAndNeverOfARollback() {
        List<Long> seenInside = new ArrayList<>();
        assertThatThrownBy(() -> transactions.transaction(tx -> {
            interactions.log(caf, meeting("Jamais enregistrée"));
            seenInside.addAll(announced);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(seenInside).isEmpty();
        assertThat(announced).isEmpty();

        transactions.transaction(tx -> {
            interactions.log(caf, meeting("Première"));
            interactions.log(caf, meeting("Seconde"));
            assertThat(announced).isEmpty();
            return null;
        });
        assertThat(announced).containsExactly(caf);
    }

    @Test
    void servicesCalledInsideAUnitOfWorkJoinItAndReadItsOwnWrites() {
        Interaction cached = interactions.log(caf, meeting("Avant"));
        interactions.get(caf, cached.id());
        assertThatThrownBy(() -> transactions.transaction(tx -> {
            Interaction changed = interactions.update(caf, cached.id(), cached.version(), meeting("Pendant"));
            // Inside the unit of work the cache must not answer with what it held before.
            assertThat(interactions.get(caf, cached.id()).title()).isEqualTo("Pendant");
            interactions.log(caf, meeting("Aussi annulée"));
            throw new IllegalStateException("rolled back " + changed.id());
        })).isInstanceOf(IllegalStateException.class);

        assertThat(interactions.get(caf, cached.id()).title()).isEqualTo("Avant");
        int rows = transactions.read(tx -> tx.dsl().fetchCount(org.campaigntracker.db.jooq.Tables.INTERACTION));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aTokenRevokedThroughCoreIsDistrustedAtOnceByThisProcess() {
        TokenService tokens = new TokenService(transactions, Clock.systemUTC());
        IssuedToken issued = tokens.create(caf, Role.PARTNER, "secours-catholique", null);
        RevisionWatch.Stamp checked = deafWatch.tokenStamp();
        assertThat(deafWatch.tokensCurrent(checked)).isTrue();

        tokens.revoke(issued.token().id());
        assertThat(deafWatch.tokensCurrent(checked)).isFalse();
    }
}
