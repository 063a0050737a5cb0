package org.campaigntracker.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.jooq.Tables;
import org.campaigntracker.db.testing.MovableClock;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2023-01-17T09:00:00Z"));
    private Tracker tracker;
    private Campaign caf;

    @BeforeEach
    void setUp() {
        ConnectionSettings db = TestPostgres.freshDatabase();
        tracker = Tracker.over(db.simpleDataSource(), clock);
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF"));
    }

    @Test
    void aNewTokenAuthenticatesAsItsCampaignAndRole() {
        IssuedToken issued = tracker.tokens().create(caf.id(), Role.PARTNER, "Secours catholique dashboard", null);
        assertThat(issued.value()).matches("ct_[A-Za-z0-9]{12}_[A-Za-z0-9]{43}");
        assertThat(tracker.tokens().authenticate(issued.value()))
                .contains(new Caller(issued.token().id(), caf.id(), "caf", Role.PARTNER));
    }

    @Test
    void onlyAHashOfTheSecretIsStored() {
        IssuedToken issued = tracker.tokens().create(caf.id(), Role.ADVISER, "VoxPublic", null);
        String secret = issued.value().substring(issued.value().lastIndexOf('_') + 1);
        var row = tracker.dsl().selectFrom(Tables.API_TOKEN).fetchSingle();
        assertThat(row.getSecretHash()).hasSize(32);
        assertThat(HexFormat.of().formatHex(row.getSecretHash())).doesNotContain(secret);
        assertThat(row.intoMap().values()).noneMatch(v -> v != null && v.toString().contains(secret));
    }

    @Test
    void malformedUnknownTamperedExpiredAndRevokedTokensAreRefused() {
        IssuedToken issued = tracker.tokens().create(caf.id(), Role.COORDINATOR, "Valérie", Duration.ofDays(90));
        String value = issued.value();
        assertThat(tracker.tokens().authenticate(null)).isEmpty();
        assertThat(tracker.tokens().authenticate("Bearer " + value)).isEmpty();
        assertThat(tracker.tokens().authenticate("ct_short_token")).isEmpty();
        String tampered = value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A");
        assertThat(tracker.tokens().authenticate(tampered)).isEmpty();

        clock.advance(Duration.ofDays(89));
        assertThat(tracker.tokens().authenticate(value)).isPresent();
        clock.advance(Duration.ofDays(2));
        assertThat(tracker.tokens().authenticate(value)).isEmpty();

        IssuedToken other = tracker.tokens().create(caf.id(), Role.PARTNER, "ATD Quart Monde", null);
        assertThat(tracker.tokens().revoke(other.token().id()).revokedAt()).isNotNull();
        assertThat(tracker.tokens().authenticate(other.value())).isEmpty();
    }

    @Test
    void theServersWarmUpLooksUpAnAbsentTokenAndChangesNothing() {
        IssuedToken issued = tracker.tokens().create(caf.id(), Role.PARTNER, "Secours catholique dashboard", null);
        String before = tracker.dsl().selectFrom(Tables.API_TOKEN).fetch().formatJSON();

        tracker.tokens().warmUp();
        tracker.tokens().warmUp();

        assertThat(tracker.dsl().selectFrom(Tables.API_TOKEN).fetch().formatJSON()).isEqualTo(before);
        assertThat(tracker.tokens().authenticate(issued.value())).isPresent();
    }

    @Test
    void aTokenNeedsALabelAndAPositiveValidity() {
        assertThatThrownBy(() -> tracker.tokens().create(caf.id(), Role.PARTNER, " ", Duration.ofDays(-1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("label is required; expires must be a positive duration (examples: 90d, 12h, P30D)");
        assertThatThrownBy(() -> Role.parse("admin")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partner, adviser, coordinator");
        assertThat(tracker.tokens().list(caf.id())).isEmpty();
    }
}
