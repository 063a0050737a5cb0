package org.campaigntracker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.FOLLOW_UP;

import java.time.LocalDate;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.position.CafFixture;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 1, 17);

    private CafFixture caf;
    private FollowUpService followUps;
    private long valerie;
    private long meeting;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        followUps = caf.tracker.followUps();
        valerie = caf.member("Valérie");
        meeting = caf.meeting(MEETING_DAY, "Rencontre avec le directeur général de la CNAF");
    }

    @Test
    void addsReadsListsUpdatesAndDeletes() {
        FollowUp minutes = followUps.add(caf.campaignId, minutes());
        FollowUp chase = followUps.add(caf.campaignId, FollowUpDraft.of("Relancer la CNAF pour la réponse écrite",
                LocalDate.of(2023, 2, 17)));
        FollowUp undated = followUps.add(caf.campaignId, FollowUpDraft.of("Préparer le guide de survie", null));

        assertThat(followUps.followUp(caf.campaignId, minutes.id())).isEqualTo(minutes);
        assertThat(minutes.ownerId()).isEqualTo(valerie);
        assertThat(followUps.list(caf.campaignId, false)).containsExactly(minutes, chase, undated);

        FollowUp later = followUps.update(caf.campaignId, chase.id(), chase.version(),
                FollowUpDraft.of("Relancer la CNAF pour la réponse écrite", LocalDate.of(2023, 3, 1)));
        assertThat(later.dueOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(later.version()).isEqualTo(2);

        followUps.delete(caf.campaignId, undated.id(), undated.version());
        assertThat(followUps.list(caf.campaignId, false)).containsExactly(minutes, later);
    }

    @Test
    void doneTasksLeaveTheOpenListAndTheOverdueOne() {
        FollowUp minutes = followUps.add(caf.campaignId, minutes());
        FollowUp chase = followUps.add(caf.campaignId, FollowUpDraft.of("Relancer la CNAF pour la réponse écrite",
                LocalDate.of(2023, 2, 17)));
        LocalDate today = LocalDate.of(2023, 2, 17);

        assertThat(followUps.overdue(caf.campaignId, today)).containsExactly(minutes);
        FollowUp done = followUps.done(caf.campaignId, minutes.id(), minutes.version(), LocalDate.of(2023, 1, 19));

        assertThat(done.open()).isFalse();
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2023, 1, 19));
        assertThat(followUps.list(caf.campaignId, true)).containsExactly(chase);
        assertThat(followUps.list(caf.campaignId, false)).containsExactly(done, chase);
        assertThat(followUps.overdue(caf.campaignId, today)).isEmpty();
        assertThat(chase.overdueOn(today)).isFalse();
        assertThat(chase.overdueOn(today.plusDays(1))).isTrue();
    }

    @Test
    void aStaleVersionChangesNothing() {
        FollowUp minutes = followUps.add(caf.campaignId, minutes());
        FollowUp done = followUps.done(caf.campaignId, minutes.id(), minutes.version(), LocalDate.of(2023, 1, 19));

        assertThatThrownBy(() -> followUps.update(caf.campaignId, minutes.id(), minutes.version(), minutes()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> followUps.delete(caf.campaignId, minutes.id(), minutes.version()))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("was changed by someone else since version 1");
        assertThat(followUps.list(caf.campaignId, false)).containsExactly(done);
    }

    @Test
    void aDraftNeedsATitle() {
        assertThatThrownBy(() -> FollowUpDraft.of("  ", MEETING_DAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("title is required");
    }

    @Test
    void theDatabaseRefusesABlankTitle() {
        assertThatThrownBy(() -> caf.tracker.dsl().insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.CAMPAIGN_ID, caf.campaignId)
                .set(FOLLOW_UP.TITLE, " ")
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("follow_up_title_not_blank");
    }

    @Test
    void anOwnerFromAnotherCampaignIsRefusedAsABadReference() {
        CafFixture other = new CafFixture(caf.tracker, "france-travail");
        long stranger = other.member("Didier");

        assertThatThrownBy(() -> new FollowUpRepository(caf.tracker.dsl()).insert(caf.campaignId,
                new FollowUpDraft("Envoyer le compte rendu", stranger, MEETING_DAY, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("owner")))
                .hasMessage("owner refers to something that does not exist in this campaign");
        assertThat(followUps.list(caf.campaignId, false)).isEmpty();
    }

    @Test
    void anotherCampaignSeesNothing() {
        FollowUp minutes = followUps.add(caf.campaignId, minutes());
        long other = new CafFixture(caf.tracker, "france-travail").campaignId;

        assertThatThrownBy(() -> followUps.followUp(other, minutes.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUps.update(other, minutes.id(), minutes.version(), minutes()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUps.done(other, minutes.id(), minutes.version(), MEETING_DAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUps.delete(other, minutes.id(), minutes.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(followUps.list(other, false)).isEmpty();
        assertThat(followUps.followUp(caf.campaignId, minutes.id())).isEqualTo(minutes);
    }

    private FollowUpDraft minutes() {
        return new FollowUpDraft("Envoyer le compte rendu à la CNAF", valerie, LocalDate.of(2023, 1, 20), null,
                meeting);
    }
}
