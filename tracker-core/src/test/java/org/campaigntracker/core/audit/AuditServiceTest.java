package org.campaigntracker.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private static Tracker tracker;
    private static long caf;

    @BeforeAll
    static void open() {
        tracker = TestTracker.fresh();
        caf = tracker.campaigns().create(CampaignDraft.of("caf-2023", "CAF")).id();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void eventsListNewestFirstAndFilterBySubject() {
        AuditService audit = tracker.audit();
        audit.record(caf, Actor.token(7, "Secours catholique"), "read", "GET /api/v1/campaigns/{campaign}/testimonies",
                "testimony", List.of(1L, 2L));
        audit.record(caf, Actor.osUser("valerie"), "read", "testimony identity show", "testimony_identity",
                List.of(2L));
        assertThat(audit.list(caf, null, null, 10)).extracting(AuditEvent::subject)
                .startsWith("testimony_identity", "testimony");
        assertThat(audit.list(caf, "testimony", null, 10)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(new Actor("token", "#7 Secours catholique"));
            assertThat(e.recordIds()).containsExactly(1L, 2L);
        });
        assertThat(audit.list(caf, null, OffsetDateTime.now().plusDays(1), 10)).isEmpty();
        assertThat(audit.list(caf + 1, null, null, 10)).isEmpty();
    }

    @Test
    void aLimitOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> tracker.audit().list(caf, null, null, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tracker.audit().list(caf, null, null, 5000))
                .isInstanceOf(InvalidInputException.class);
    }
}
