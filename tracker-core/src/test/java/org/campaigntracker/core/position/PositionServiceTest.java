package org.campaigntracker.core.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.POSITION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionServiceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 1, 17);

    private CafFixture caf;
    private PositionService positions;
    private long grivel;
    private long ministry;
    private long defenseur;
    private long suspensions;
    private long mediator;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        positions = caf.tracker.positions();
        grivel = caf.stakeholder("Nicolas Grivel", StakeholderCategory.direct_target);
        ministry = caf.stakeholder("Ministère des Solidarités", StakeholderCategory.direct_target);
        defenseur = caf.stakeholder("Défenseur des droits", StakeholderCategory.intermediate_target);
        suspensions = caf.demand("Sortir de l’illégalité des pratiques et des contrôles",
                "Interdire les suspensions préventives automatiques");
        mediator = caf.demand("Restaurer la transparence", "Un médiateur national indépendant");
    }

    @Test
    void recordsAppendHistoryOrderedByDate() {
        long meeting = caf.meeting(MEETING_DAY, "Rencontre avec le directeur général de la CNAF");
        Position written = positions.record(caf.campaignId, new PositionDraft(grivel, suspensions,
                PositionLevel.committed_in_writing, LocalDate.of(2023, 3, 2), null, null,
                " Courrier CNAF/DG/2023-031 ", "Réponse écrite demandée le 17 janvier"));
        Position spoken = positions.record(caf.campaignId, new PositionDraft(grivel, suspensions,
                PositionLevel.committed_verbally, MEETING_DAY, meeting, null, null, null));

        assertThat(positions.history(caf.campaignId, grivel, suspensions)).containsExactly(spoken, written);
        assertThat(written.evidenceDocument()).isEqualTo("Courrier CNAF/DG/2023-031");
        assertThat(spoken.evidenceInteractionId()).isEqualTo(meeting);
        assertThat(positions.position(caf.campaignId, written.id())).isEqualTo(written);
    }

    @Test
    void currentIsTheLatestStatementPerTargetAndDemand() {
        long franceInter = caf.pressItem("France Inter", LocalDate.of(2022, 12, 10),
                "Quand des algorithmes notent les allocataires de la Caf");
        positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions, PositionLevel.hesitant,
                LocalDate.of(2022, 12, 10)));
        Position latest = positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions,
                PositionLevel.committed_verbally, MEETING_DAY));
        Position defenseurOnMediator = positions.record(caf.campaignId, new PositionDraft(defenseur, mediator,
                PositionLevel.supportive, LocalDate.of(2022, 12, 10), null, franceInter, null, null));
        Position grivelOnMediator = positions.record(caf.campaignId, PositionDraft.of(grivel, mediator,
                PositionLevel.opposed, MEETING_DAY));

        assertThat(positions.current(caf.campaignId))
                .containsExactlyInAnyOrder(latest, grivelOnMediator, defenseurOnMediator);
    }

    @Test
    void ledgerCountsOnlyTheDirectTargetsAndFlagsABacktrack() {
        positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions, PositionLevel.committed_verbally,
                MEETING_DAY));
        positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions, PositionLevel.backtracked,
                LocalDate.of(2023, 4, 20)));
        positions.record(caf.campaignId, PositionDraft.of(ministry, suspensions, PositionLevel.hesitant,
                MEETING_DAY));
        positions.record(caf.campaignId, PositionDraft.of(defenseur, mediator, PositionLevel.implemented,
                MEETING_DAY));

        Map<Long, DemandStatus> ledger = positions.ledger(caf.campaignId, List.of(grivel, ministry));

        assertThat(ledger.keySet()).containsExactly(suspensions, mediator);
        assertThat(ledger.get(suspensions).best()).isEqualTo(PositionLevel.hesitant);
        assertThat(ledger.get(suspensions).backtrackedTargets()).containsExactly(grivel);
        // The Défenseur des droits is not a direct target: its support does not move the demand.
        assertThat(ledger.get(mediator).best()).isEqualTo(PositionLevel.unknown);
        assertThat(ledger.get(mediator).targetsByLevel()).isEmpty();
    }

    @Test
    void aStatementCanBeCorrectedAndDeleted() {
        Position p = positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions,
                PositionLevel.supportive, LocalDate.of(2023, 1, 18)));
        Position fixed = positions.correct(caf.campaignId, p.id(), p.version(), new PositionDraft(grivel, suspensions,
                PositionLevel.committed_verbally, MEETING_DAY, null, null, null, "said in the meeting, not after"));

        assertThat(fixed.id()).isEqualTo(p.id());
        assertThat(positions.position(caf.campaignId, p.id()).level()).isEqualTo(PositionLevel.committed_verbally);
        assertThat(positions.history(caf.campaignId, grivel, suspensions)).containsExactly(fixed);

        assertThat(fixed.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> positions.delete(caf.campaignId, p.id(), p.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> positions.correct(caf.campaignId, p.id(), p.version(), p.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        positions.delete(caf.campaignId, p.id(), fixed.version());
        assertThat(positions.history(caf.campaignId, grivel, suspensions)).isEmpty();
        assertThatThrownBy(() -> positions.position(caf.campaignId, p.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftNamesEveryMissingField() {
        assertThatThrownBy(() -> new PositionDraft(grivel, suspensions, null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("level is required; stated_on is required");
    }

    @Test
    void theDatabaseRefusesABlankEvidenceDocument() {
        assertThatThrownBy(() -> caf.tracker.dsl().insertInto(POSITION)
                .set(POSITION.CAMPAIGN_ID, caf.campaignId)
                .set(POSITION.STAKEHOLDER_ID, grivel)
                .set(POSITION.DEMAND_ID, suspensions)
                .set(POSITION.LEVEL, org.campaigntracker.db.jooq.enums.PositionLevel.supportive)
                .set(POSITION.STATED_ON, MEETING_DAY)
                .set(POSITION.EVIDENCE_DOCUMENT, "   ")
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("position_evidence_document_not_blank");
    }

    @Test
    void aTargetOfAnotherCampaignIsRefusedAsABadReference() {
        CafFixture other = new CafFixture(caf.tracker, "france-travail");
        long otherTarget = other.stakeholder("Nicolas Grivel", StakeholderCategory.direct_target);

        // The composite foreign key, not core validation, keeps the ledger inside one campaign.
        assertThatThrownBy(() -> new PositionRepository(caf.tracker.dsl()).insert(caf.campaignId,
                PositionDraft.of(otherTarget, suspensions, PositionLevel.supportive, MEETING_DAY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("stakeholder refers to something that does not exist in this campaign");
        assertThat(positions.current(caf.campaignId)).isEmpty();
    }

    @Test
    void anotherCampaignCannotReadCorrectOrDeleteAStatement() {
        Position p = positions.record(caf.campaignId, PositionDraft.of(grivel, suspensions,
                PositionLevel.supportive, MEETING_DAY));
        long otherCampaign = new CafFixture(caf.tracker, "france-travail").campaignId;

        assertThatThrownBy(() -> positions.position(otherCampaign, p.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> positions.correct(otherCampaign, p.id(), p.version(), p.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> positions.delete(otherCampaign, p.id(), p.version())).isInstanceOf(NotFoundException.class);
        assertThat(positions.history(otherCampaign, grivel, suspensions)).isEmpty();
        assertThat(positions.current(caf.campaignId)).containsExactly(p);
    }
}
