package org.campaigntracker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetroPlanTest {

    private static final LocalDate COG_SIGNATURE = LocalDate.of(2023, 7, 1);

    @Test
    void aFixedDateIsItsOwnDateAndAnOffsetCountsBackFromTheDeadline() {
        Milestone meeting = fixed(1, "Rencontre CNAF", LocalDate.of(2023, 1, 17));
        Milestone appeal = offset(2, "Appel commun", 90);

        assertThat(RetroPlan.effectiveDate(meeting, null)).contains(LocalDate.of(2023, 1, 17));
        assertThat(RetroPlan.effectiveDate(appeal, COG_SIGNATURE)).contains(LocalDate.of(2023, 4, 2));
        assertThat(RetroPlan.effectiveDate(appeal, null)).isEmpty();
    }

    @Test
    void thePlanRunsByDateWithUndatedMilestonesLastAndSaysWhy() {
        Milestone resource = offset(1, "Document ressource", 180);
        Milestone meeting = fixed(2, "Rencontre CNAF", LocalDate.of(2023, 1, 17));

        List<PlanEntry> withDeadline = RetroPlan.plan(List.of(meeting, resource), COG_SIGNATURE,
                LocalDate.of(2022, 12, 1));
        assertThat(withDeadline).extracting(PlanEntry::effectiveDate)
                .containsExactly(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 17));

        List<PlanEntry> noDeadline = RetroPlan.plan(List.of(resource, meeting), null, LocalDate.of(2022, 12, 1));
        assertThat(noDeadline).extracting(e -> e.milestone().id()).containsExactly(2L, 1L);
        assertThat(noDeadline.get(1).flags()).containsExactly(PlanFlag.no_deadline);
        assertThat(noDeadline.get(1).dated()).isFalse();
    }

    @Test
    void aPlannedMilestonePastItsDateIsLateButADoneOneIsNot() {
        Milestone pressKit = fixed(1, "Dossier de presse", LocalDate.of(2022, 9, 15));
        Milestone sent = new Milestone(2, 1, "Envoi aux journalistes", null, LocalDate.of(2022, 9, 15), null,
                MilestoneStatus.done, LocalDate.of(2022, 9, 20), Set.of(), 2);

        List<PlanEntry> plan = RetroPlan.plan(List.of(pressKit, sent), COG_SIGNATURE, LocalDate.of(2022, 10, 1));
        assertThat(plan.get(0).late()).isTrue();
        assertThat(plan.get(1).late()).isFalse();
        assertThat(plan.get(1).flags()).isEmpty();
    }

    @Test
    void anUnfinishedDependencyPutsAMilestoneDueWithinTwoWeeksAtRisk() {
        Milestone resource = fixed(1, "Document ressource", LocalDate.of(2023, 1, 10));
        Milestone meeting = fixed(2, "Rencontre CNAF", LocalDate.of(2023, 1, 17), 1L);

        assertThat(RetroPlan.plan(List.of(resource, meeting), null, LocalDate.of(2023, 1, 3)).get(1))
                .satisfies(e -> assertThat(e.atRisk()).isTrue())
                .satisfies(e -> assertThat(e.riskyDependencies()).containsExactly(1L));
        // Three weeks ahead the same dependency is not a worry yet.
        assertThat(RetroPlan.plan(List.of(resource, meeting), null, LocalDate.of(2022, 12, 27)).get(1).atRisk())
                .isFalse();
        Milestone resourceDone = new Milestone(1, 1, "Document ressource", null, LocalDate.of(2023, 1, 10), null,
                MilestoneStatus.done, LocalDate.of(2023, 1, 9), Set.of(), 2);
        assertThat(RetroPlan.plan(List.of(resourceDone, meeting), null, LocalDate.of(2023, 1, 3)).get(1).atRisk())
                .isFalse();
    }

    @Test
    void aDependencyDueAfterTheMilestoneIsARiskEvenFarAhead() {
        Milestone training = offset(1, "Formation des allocataires", 150);
        Milestone meeting = fixed(2, "Rencontre CNAF", LocalDate.of(2023, 1, 17), 1L);

        PlanEntry entry = RetroPlan.plan(List.of(training, meeting), COG_SIGNATURE, LocalDate.of(2022, 6, 1)).get(0);
        assertThat(entry.milestone().id()).isEqualTo(2L);
        assertThat(entry.flags()).containsExactly(PlanFlag.at_risk);
    }

    @Test
    void findsTheCycleADependencyWouldClose() {
        Map<Long, Set<Long>> existing = Map.of(1L, Set.of(2L), 2L, Set.of(3L));

        assertThat(RetroPlan.cycle(3, Set.of(1L), existing)).contains(List.of(3L, 1L, 2L, 3L));
        assertThat(RetroPlan.cycle(3, Set.of(4L), existing)).isEmpty();
        assertThat(RetroPlan.cycle(1, Set.of(3L), Map.of(2L, Set.of(3L)))).isEmpty();
        assertThat(RetroPlan.cycle(5, Set.of(5L), existing)).contains(List.of(5L, 5L));
    }

    private static Milestone fixed(long id, String title, LocalDate dueOn, Long... dependsOn) {
        return new Milestone(id, 1, title, null, dueOn, null, MilestoneStatus.planned, null, Set.of(dependsOn), 1);
    }

    private static Milestone offset(long id, String title, int daysBefore) {
        return new Milestone(id, 1, title, null, null, daysBefore, MilestoneStatus.planned, null, Set.of(), 1);
    }
}
