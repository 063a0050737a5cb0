package org.campaigntracker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.MILESTONE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanServiceTest {

    private static final LocalDate COG_SIGNATURE = LocalDate.of(2023, 7, 1);

    private Tracker tracker;
    private PlanService plan;
    private long caf;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        plan = tracker.plan();
        caf = tracker.campaigns().create(new CampaignDraft("caf", "Remettre l’humain au cœur des CAF", null,
                COG_SIGNATURE, "Signature de la COG", "fr")).id();
    }

    @Test
    void addsReadsListsUpdatesAndDeletesMilestones() {
        Milestone pressKit = plan.add(caf, MilestoneDraft.on("Dossier de presse envoyé", LocalDate.of(2022, 9, 15)));
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre avec le directeur général de la CNAF",
                LocalDate.of(2023, 1, 17)).dependingOn(pressKit.id()));

        assertThat(plan.milestone(caf, meeting.id())).isEqualTo(meeting);
        assertThat(meeting.dependsOn()).containsExactly(pressKit.id());
        assertThat(plan.milestones(caf)).containsExactly(pressKit, meeting);

        Milestone resource = plan.add(caf, MilestoneDraft.daysBefore("Document ressource pour les décideurs", 180));
        // Dependencies are replaced as a whole.
        Milestone moved = plan.update(caf, meeting.id(), meeting.version(), new MilestoneDraft(meeting.title(),
                "Délégation : Secours catholique, ATD Quart Monde, LDH", meeting.dueOn(), null, null, null,
                Set.of(resource.id())));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(plan.milestone(caf, meeting.id()).dependsOn()).containsExactly(resource.id());

        plan.delete(caf, pressKit.id(), pressKit.version());
        assertThat(plan.milestones(caf)).extracting(Milestone::id).containsExactly(meeting.id(), resource.id());
    }

    @Test
    void movingTheCampaignDeadlineMovesOffsetMilestonesOnly() {
        Milestone appeal = plan.add(caf, MilestoneDraft.daysBefore("Appel commun des 80 organisations", 90));
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17)));
        assertThat(dateOf(appeal, LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 4, 2));

        Campaign campaign = tracker.campaigns().get("caf");
        tracker.campaigns().update("caf", campaign.version(), new CampaignDraft("caf", campaign.name(), null,
                LocalDate.of(2023, 7, 31), campaign.deadlineLabel(), "fr"));

        assertThat(dateOf(appeal, LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(dateOf(meeting, LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 1, 17));
    }

    @Test
    void withoutADeadlineAnOffsetMilestoneHasNoDateAndSaysSo() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        plan.add(other, MilestoneDraft.daysBefore("Appel commun", 30));

        PlanEntry entry = plan.plan(other, LocalDate.of(2023, 1, 1)).get(0);
        assertThat(entry.effectiveDate()).isNull();
        assertThat(entry.flags()).containsExactly(PlanFlag.no_deadline);
    }

    @Test
    void flagsLateAndAtRiskUntilMarkedDone() {
        Milestone resource = plan.add(caf, MilestoneDraft.on("Document ressource", LocalDate.of(2023, 1, 10)));
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17))
                .dependingOn(resource.id()));
        LocalDate today = LocalDate.of(2023, 1, 12);

        List<PlanEntry> before = plan.plan(caf, today);
        assertThat(before.get(0).flags()).containsExactly(PlanFlag.late);
        assertThat(before.get(1).flags()).containsExactly(PlanFlag.at_risk);

        Milestone done = plan.markDone(caf, resource.id(), resource.version(), LocalDate.of(2023, 1, 13));
        assertThat(done.status()).isEqualTo(MilestoneStatus.done);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2023, 1, 13));
        assertThat(plan.plan(caf, today)).allSatisfy(e -> assertThat(e.flags()).isEmpty());
        assertThat(plan.milestone(caf, meeting.id()).dependsOn()).containsExactly(resource.id());
    }

    @Test
    void refusesACycleWithTheTitlesOnThePath() {
        Milestone resource = plan.add(caf, MilestoneDraft.on("Document ressource", LocalDate.of(2023, 1, 10)));
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17))
                .dependingOn(resource.id()));

        assertThatThrownBy(() -> plan.update(caf, resource.id(), resource.version(),
                resource.toDraft().dependingOn(meeting.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("depends_on would make a cycle: “Document ressource” → “Rencontre CNAF” → "
                        + "“Document ressource”");
        assertThatThrownBy(() -> plan.update(caf, resource.id(), resource.version(),
                resource.toDraft().dependingOn(resource.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cycle");
        assertThat(plan.milestone(caf, resource.id())).isEqualTo(resource);
    }

    @Test
    void aDependencyMustBeAMilestoneOfTheSameCampaign() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Milestone elsewhere = plan.add(other, MilestoneDraft.on("Rencontre France Travail", LocalDate.of(2023, 3, 1)));

        assertThatThrownBy(() -> plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17))
                .dependingOn(elsewhere.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("depends_on refers to something that does not exist in this campaign");
        assertThat(plan.milestones(caf)).isEmpty();
    }

    @Test
    void aDraftNamesEveryBrokenRuleInEnglishAndFrench() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new MilestoneDraft(" ", null, LocalDate.of(2023, 1, 17), 30, MilestoneStatus.planned,
                        LocalDate.of(2023, 1, 17), Set.of()));
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("title", "due_on", "done_on");
        assertThat(e.getMessage()).isEqualTo("title is required; due_on or days_before_deadline is required, "
                + "not both; done_on is only allowed when status is done");
        assertThat(e.message(Locale.FRENCH)).contains("échéance ou jours avant l’échéance est obligatoire, pas les deux");
        assertThatThrownBy(() -> MilestoneDraft.daysBefore("Appel", -1))
                .hasMessage("days_before_deadline must not be negative");
    }

    @Test
    void theDatabaseRefusesBothADateAndAnOffset() {
        assertThatThrownBy(() -> tracker.dsl().insertInto(MILESTONE)
                .set(MILESTONE.CAMPAIGN_ID, caf)
                .set(MILESTONE.TITLE, "Appel commun")
                .set(MILESTONE.DUE_ON, LocalDate.of(2023, 4, 2))
                .set(MILESTONE.DAYS_BEFORE_DEADLINE, 90)
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("milestone_date_or_offset");
    }

    @Test
    void databaseRulesReachedThroughTheRepositoryComeBackAsClearErrors() {
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17)));

        assertThatThrownBy(() -> tracker.dsl().transaction(tx -> new MilestoneRepository(tx.dsl())
                .updateStatus(caf, meeting.id(), meeting.version(), MilestoneStatus.done, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a done milestone needs its done date, and only a done one has it");
        // The service refuses a self-dependency as a cycle first; the database holds the line on its own.
        assertThatThrownBy(() -> tracker.dsl().transaction(tx -> new MilestoneRepository(tx.dsl())
                .update(caf, meeting.id(), meeting.version(), meeting.toDraft().dependingOn(meeting.id()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a milestone cannot depend on itself");
        assertThat(plan.milestone(caf, meeting.id())).isEqualTo(meeting);
    }

    @Test
    void aStaleVersionChangesNothing() {
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17)));
        Milestone renamed = plan.update(caf, meeting.id(), meeting.version(),
                MilestoneDraft.on("Rencontre avec la direction de la CNAF", LocalDate.of(2023, 1, 17)));

        assertThatThrownBy(() -> plan.update(caf, meeting.id(), meeting.version(), meeting.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> plan.markDone(caf, meeting.id(), meeting.version(), LocalDate.of(2023, 1, 17)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> plan.delete(caf, meeting.id(), meeting.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(plan.milestones(caf)).containsExactly(renamed);
    }

    @Test
    void anotherCampaignSeesNothing() {
        Milestone meeting = plan.add(caf, MilestoneDraft.on("Rencontre CNAF", LocalDate.of(2023, 1, 17)));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> plan.milestone(other, meeting.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plan.update(other, meeting.id(), meeting.version(), meeting.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plan.markDone(other, meeting.id(), meeting.version(), LocalDate.of(2023, 1, 17)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plan.delete(other, meeting.id(), meeting.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(plan.plan(other, LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(plan.milestones(caf)).containsExactly(meeting);
    }

    private LocalDate dateOf(Milestone milestone, LocalDate today) {
        return plan.plan(caf, today).stream().filter(e -> e.milestone().id() == milestone.id()).findFirst()
                .orElseThrow().effectiveDate();
    }
}
