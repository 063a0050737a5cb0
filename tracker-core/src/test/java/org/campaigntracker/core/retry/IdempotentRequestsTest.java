package org.campaigntracker.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.db.testing.MovableClock;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A write runs once per token and key within 24 hours; the claim, the write and the kept answer land together. */
class IdempotentRequestsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private DataSource db;
    private Tracker tracker;
    private long caf;
    private long token;
    private List<Long> grivel;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void start() {
        db = TestPostgres.freshDatabase().simpleDataSource();
        tracker = Tracker.over(db, clock);
        caf = tracker.campaigns().create(CampaignDraft.of("caf-2023", "CAF")).id();
        grivel = List.of(tracker.stakeholders().add(caf, StakeholderDraft.person("Nicolas Grivel", "directeur général",
                null, StakeholderCategory.direct_target)).id());
        token = tracker.tokens().create(caf, Role.COORDINATOR, "Coordination", null).token().id();
    }

    @AfterEach
    void stop() {
        tracker.close();
    }

    private StoredAnswer logMeeting(long tokenId, String key, String request) {
        return tracker.retries().once(tokenId, key, fingerprint(request), () -> {
            runs.incrementAndGet();
            long id = tracker.interactions().log(caf, InteractionDraft.of(InteractionKind.MEETING,
                    LocalDate.of(2023, 1, 17), request, grivel)).id();
            return new StoredAnswer(201, "{\"id\":" + id + ",\"note\":\"Nicolas Grivel\"}", false);
        });
    }

    private int meetings() {
        return tracker.interactions().list(caf, InteractionFilter.all(), Page.first(100)).size();
    }

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerAndWriteOnce() {
        StoredAnswer first = logMeeting(token, "k-1", "Rencontre CNAF");
        StoredAnswer again = logMeeting(token, "k-1", "Rencontre CNAF");
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.status()).isEqualTo(201);
        assertThat(runs).hasValue(1);
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndWritesNothing() {
        logMeeting(token, "k-2", "Rencontre CNAF");
        assertThatThrownBy(() -> logMeeting(token, "k-2", "Rencontre DNUM"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Idempotency-Key");
        assertThat(runs).hasValue(1);
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirToken() {
        long other = tracker.tokens().create(caf, Role.COORDINATOR, "Second bureau", null).token().id();
        logMeeting(token, "k-3", "Rencontre CNAF");
        assertThat(logMeeting(other, "k-3", "Rencontre CNAF").replayed()).isFalse();
        assertThat(meetings()).isEqualTo(2);
    }

    @Test
    void aWriteThatFailsLeavesNeitherTheWriteNorTheKey() {
        assertThatThrownBy(() -> tracker.retries().once(token, "k-4", fingerprint("x"), () -> {
            tracker.interactions().log(caf, InteractionDraft.of(InteractionKind.MEETING, LocalDate.of(2023, 1, 17),
                    "Rencontre perdue", grivel));
            throw new IllegalStateException("the answer could not be made");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(meetings()).isZero();
        // The key is free again: the retry runs the write, once.
        assertThat(logMeeting(token, "k-4", "x").replayed()).isFalse();
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void refusalsAreNotKeptSoAFixedRequestMayReuseTheKey() {
        StoredAnswer refused = tracker.retries().once(token, "k-5", fingerprint("bad"),
                () -> new StoredAnswer(422, "{}", false));
        assertThat(refused.kept()).isFalse();
        assertThat(logMeeting(token, "k-5", "fixed").replayed()).isFalse();
        assertThat(meetings()).isEqualTo(1);
    }

    @Test
    void afterTwentyFourHoursTheKeyIsNewAgain() {
        logMeeting(token, "k-6", "Rencontre CNAF");
        clock.advance(Duration.ofHours(23));
        assertThat(logMeeting(token, "k-6", "Rencontre CNAF").replayed()).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(logMeeting(token, "k-6", "Rencontre CNAF").replayed()).isFalse();
        assertThat(meetings()).isEqualTo(2);
    }

    @Test
    void keptAnswersAreSealedAndGoWhenAPersonIsForgotten() throws Exception {
        logMeeting(token, "k-7", "Rencontre CNAF");
        try (var c = db.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select answer from idempotent_request")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).startsWith("ct1:").doesNotContain("Grivel");
        }
        assertThat(tracker.retries().forgetCampaign(caf)).isEqualTo(1);
        assertThat(logMeeting(token, "k-7", "Rencontre CNAF").replayed()).isFalse();
    }

    @Test
    void malformedKeysAreRefusedBeforeAnythingRuns() {
        for (String key : new String[] {"", "a b", "é", "x".repeat(256)}) {
            assertThatThrownBy(() -> logMeeting(token, key, "Rencontre"))
                    .as(key).isInstanceOf(InvalidInputException.class);
        }
        assertThat(runs).hasValue(0);
    }

    private static byte[] fingerprint(String request) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
