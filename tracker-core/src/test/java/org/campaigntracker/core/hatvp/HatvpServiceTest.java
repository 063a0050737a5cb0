package org.campaigntracker.core.hatvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.hatvp.HatvpDeclaration.Action;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HatvpServiceTest {

    private static Tracker tracker;
    private static Campaign caf;

    @BeforeAll
    static void demo() {
        tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
    }

    @Test
    void theDemoYearHoldsTheMeetingsAndTheLetterWithOfficialsByCategoryOnly() {
        HatvpDeclaration d = tracker.hatvp().declaration(caf.id(), 2023, List.of(), DecisionType.OTHER);
        // 17 Jan meeting (CNAF's director general), 24 Jan letter to him, 10 Oct meeting at the minister's cabinet;
        // the April joint call had no official present, so it is not a communication with one.
        assertThat(d.actions()).extracting(Action::on, Action::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 1, 17), ActionType.MEETINGS),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 1, 24), ActionType.LETTERS),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 10, 10), ActionType.MEETINGS));
        assertThat(d.actions().get(0).officials())
                .containsExactly(OfficialCategory.GOVERNMENT_APPOINTEE, OfficialCategory.PUBLIC_AGENT);
        assertThat(d.actions().get(2).officials()).containsExactly(OfficialCategory.GOVERNMENT);
        assertThat(d.actions().get(0).demandCodes()).contains("1.1", "3.2");
        assertThat(d.actionTypes()).containsExactly(ActionType.MEETINGS, ActionType.LETTERS);
        assertThat(d.officials()).containsExactly(OfficialCategory.GOVERNMENT,
                OfficialCategory.GOVERNMENT_APPOINTEE, OfficialCategory.PUBLIC_AGENT);
        assertThat(d.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.type()).isEqualTo(DecisionType.OTHER);
            assertThat(decision.description()).isEqualTo(caf.deadlineLabel());
        });
        assertThat(d.policyAreas()).isNotEmpty();
        String everything = d.toString();
        for (Stakeholder s : tracker.stakeholders().list(caf.id())) {
            if (s.kind() == StakeholderKind.person) {
                assertThat(everything).doesNotContain(s.name());
            }
        }
        assertThat(tracker.hatvp().declaration(caf.id(), 2024, List.of("Protection sociale"), DecisionType.LAW)
                .actions()).isEmpty();
    }

    @Test
    void categoriesAreInferredFromFunctionsAndOrganisations() {
        assertThat(category("Ministre du Travail", null)).isEqualTo(OfficialCategory.GOVERNMENT);
        assertThat(category("Conseillère au cabinet", "Ministère du Travail")).isEqualTo(OfficialCategory.GOVERNMENT);
        assertThat(category("Députée de la Loire", null)).isEqualTo(OfficialCategory.PARLIAMENT);
        assertThat(category("Adjoint", "Défenseur des droits")).isEqualTo(OfficialCategory.INDEPENDENT_AUTHORITY);
        assertThat(category("Préfète de la Loire", null)).isEqualTo(OfficialCategory.GOVERNMENT_APPOINTEE);
        assertThat(category("Maire", "Saint-Étienne")).isEqualTo(OfficialCategory.LOCAL_EXECUTIVE);
        assertThat(category("Chargé de mission", "CNAF")).isEqualTo(OfficialCategory.PUBLIC_AGENT);
    }

    @Test
    void theThresholdCountsTwelveMonthsOfCommunicationsAtOurInitiative() {
        Tracker t = TestTracker.fresh();
        long c = t.campaigns().create(CampaignDraft.of("seuil", "Seuil")).id();
        long mp = t.stakeholders().add(c, new StakeholderDraft(StakeholderKind.person, "Jeanne Exemple",
                "Députée", null, StakeholderCategory.direct_target, 4, 0, null)).id();
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        for (int i = 0; i < 9; i++) {
            log(t, c, InteractionKind.EMAIL_SENT, asOf.minusMonths(i), mp);
        }
        log(t, c, InteractionKind.WRITTEN_RESPONSE, asOf, mp);
        log(t, c, InteractionKind.MEETING, asOf.minusMonths(13), mp);
        LobbyingThreshold nine = t.hatvp().threshold(c, asOf);
        assertThat(nine.actions()).isEqualTo(9);
        assertThat(nine.near()).isTrue();
        assertThat(nine.reached()).isFalse();
        assertThat(t.status().status(c, asOf, 60).lobbying()).isEqualTo(nine);

        log(t, c, InteractionKind.CALL, asOf.minusDays(3), mp);
        assertThat(t.hatvp().threshold(c, asOf).reached()).isTrue();
        assertThat(t.hatvp().threshold(c, asOf.plusMonths(13)).actions()).isZero();
    }

    @Test
    void aYearOutsideTheRegistersLifeIsRefused() {
        assertThatThrownBy(() -> tracker.hatvp().declaration(caf.id(), 1999, List.of(), DecisionType.OTHER))
                .isInstanceOf(InvalidInputException.class);
    }

    private static OfficialCategory category(String function, String organisation) {
        return OfficialCategory.of(new Stakeholder(1, 1, StakeholderKind.person, "X", function, null, organisation,
                StakeholderCategory.direct_target, 3, 0, null, null, 1));
    }

    private static void log(Tracker t, long c, InteractionKind kind, LocalDate on, long who) {
        t.interactions().log(c, new InteractionDraft(kind, on, kind.code(), null, null, null, null, List.of(who),
                List.of(), List.of()));
    }
}
