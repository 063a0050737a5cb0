package org.campaigntracker.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.AmbiguousNameException;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.interaction.Page;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StakeholderServiceTest {

    private Tracker tracker;
    private StakeholderService stakeholders;
    private long caf;
    private Stakeholder cnaf;
    private Stakeholder grivel;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        stakeholders = tracker.stakeholders();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        cnaf = stakeholders.add(caf, new StakeholderDraft(StakeholderKind.organisation, "CNAF", null, null,
                StakeholderCategory.direct_target, 5, -1, null));
        grivel = stakeholders.add(caf, new StakeholderDraft(StakeholderKind.person, "Nicolas Grivel",
                "Directeur général", cnaf.id(), StakeholderCategory.direct_target, 5, -1, "Met on 2023-01-17"));
    }

    @Test
    void addsReadsAndListsSortedByNormalisedName() {
        Stakeholder ddd = stakeholders.add(caf, new StakeholderDraft(StakeholderKind.organisation,
                "Défenseur des droits", null, null, StakeholderCategory.intermediate_target, 4, 1, null));
        Stakeholder secours = stakeholders.add(caf,
                StakeholderDraft.organisation("Secours catholique", StakeholderCategory.ally));

        assertThat(stakeholders.get(caf, grivel.id())).isEqualTo(grivel);
        assertThat(grivel.label()).isEqualTo("Nicolas Grivel (CNAF)");
        assertThat(grivel.notes()).isEqualTo("Met on 2023-01-17");
        assertThat(grivel.version()).isEqualTo(1);
        assertThat(secours).extracting(Stakeholder::power, Stakeholder::stance).containsExactly(3, 0);
        assertThat(stakeholders.add(caf, StakeholderDraft.organisation("CNIL", null)).category())
                .isEqualTo(StakeholderCategory.neutral);
        assertThat(stakeholders.list(caf)).extracting(Stakeholder::name)
                .containsExactly("CNAF", "CNIL", "Défenseur des droits", "Nicolas Grivel", "Secours catholique");
        assertThat(ddd.label()).isEqualTo("Défenseur des droits");
    }

    @Test
    void listFiltersByCategoryPowerAndOrganisation() {
        stakeholders.add(caf, new StakeholderDraft(StakeholderKind.organisation, "Défenseur des droits", null, null,
                StakeholderCategory.intermediate_target, 4, 1, null));
        stakeholders.add(caf, StakeholderDraft.organisation("Secours catholique", StakeholderCategory.ally));

        StakeholderFilter all = StakeholderFilter.ALL;
        assertThat(stakeholders.list(caf, all.withCategory(StakeholderCategory.direct_target)))
                .extracting(Stakeholder::name).containsExactly("CNAF", "Nicolas Grivel");
        assertThat(stakeholders.list(caf, all.withMinPower(4)))
                .extracting(Stakeholder::name).containsExactly("CNAF", "Défenseur des droits", "Nicolas Grivel");
        assertThat(stakeholders.list(caf, all.withOrganisation(cnaf.id())))
                .extracting(Stakeholder::name).containsExactly("Nicolas Grivel");
        assertThat(stakeholders.list(caf, all.withCategory(StakeholderCategory.ally).withMinPower(4))).isEmpty();
    }

    @Test
    void pagesCutByTheDatabaseFollowTheWholeListsOrderAndFilters() {
        for (String name : List.of("Élodie Martin", "Zoé Aubry", "Amélie de Montchalin", "Éric Woerth", "Défenseur")) {
            stakeholders.add(caf, StakeholderDraft.person(name, null, cnaf.id(), StakeholderCategory.direct_target));
        }
        long other = tracker.campaigns().create(CampaignDraft.of("other", "Other")).id();
        stakeholders.add(other, StakeholderDraft.organisation("Aaa first of another campaign", null));

        for (StakeholderFilter filter : List.of(StakeholderFilter.ALL,
                StakeholderFilter.ALL.withOrganisation(cnaf.id()))) {
            List<Stakeholder> whole = stakeholders.list(caf, filter);
            for (int limit = 1; limit <= 4; limit++) {
                List<Stakeholder> paged = new ArrayList<>();
                for (Page page = Page.first(limit); page.offset() <= whole.size(); page = page.next()) {
                    paged.addAll(stakeholders.list(caf, filter, page));
                }
                assertThat(paged).as("filter %s, pages of %d", filter, limit).isEqualTo(whole);
            }
        }
        assertThat(stakeholders.list(caf, StakeholderFilter.ALL, new Page(2, 1)))
                .extracting(Stakeholder::name, Stakeholder::organisationName)
                .containsExactly(tuple("CNAF", null), tuple("Défenseur", "CNAF"));
    }

    @Test
    void findsByPartialNameNameWithOrganisationOrFunction() {
        stakeholders.add(caf, StakeholderDraft.organisation("Défenseur des droits", null));
        stakeholders.add(caf, StakeholderDraft.person("Carole Grandjean", "Députée", null, StakeholderCategory.opponent));

        assertThat(stakeholders.find(caf, "grivel")).isEqualTo(grivel);
        assertThat(stakeholders.find(caf, "grivel cnaf")).isEqualTo(grivel);
        assertThat(stakeholders.find(caf, "directeur general")).isEqualTo(grivel);
        assertThat(stakeholders.find(caf, "defenseur").name()).isEqualTo("Défenseur des droits");
        assertThat(stakeholders.find(caf, "cnaf")).isEqualTo(cnaf);
        assertThatThrownBy(() -> stakeholders.find(caf, "gr"))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidates())
                        .containsExactlyInAnyOrder("Nicolas Grivel (CNAF)", "Carole Grandjean"));
    }

    @Test
    void findOrganisationIgnoresPeople() {
        assertThat(stakeholders.findOrganisation(caf, "cnaf")).isEqualTo(cnaf);
        assertThatThrownBy(() -> stakeholders.findOrganisation(caf, "grivel"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no organisation matches “grivel”");
    }

    @Test
    void membersAreThePeopleOfAnOrganisation() {
        stakeholders.add(caf, new StakeholderDraft(StakeholderKind.organisation, "Médiateur national", null,
                cnaf.id(), StakeholderCategory.intermediate_target, null, null, null));
        stakeholders.add(caf, StakeholderDraft.person("Nathalie Goulet", "Sénatrice", null, null));

        assertThat(stakeholders.members(caf, cnaf.id())).containsExactly(grivel);
        assertThatThrownBy(() -> stakeholders.members(caf, grivel.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSecondStakeholderWithTheSameNameAndOrganisationIsAConflict() {
        assertThatThrownBy(() -> stakeholders.add(caf, StakeholderDraft.person("nicolas  GRIVEL", null, cnaf.id(), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a stakeholder “nicolas GRIVEL (CNAF)” already exists in this campaign");
        // Same name without the organisation is another identity (a namesake, or before we knew where he works).
        assertThat(stakeholders.add(caf, StakeholderDraft.person("Nicolas Grivel", null, null, null)).label())
                .isEqualTo("Nicolas Grivel");
    }

    @Test
    void validatesEveryFieldAtOnce() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new StakeholderDraft(null, " ", null, null, null, 6, -3, null));
        assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule())
                .containsExactly("kind:required", "name:required", "power:range", "stance:range");
        assertThat(e.getMessage()).isEqualTo("kind is required; name is required; "
                + "power must be between 1 and 5; stance must be between -2 and 2");
        assertThat(e.message(Locale.FRENCH)).contains("pouvoir doit être entre 1 et 5");
        assertThatThrownBy(() -> StakeholderDraft.organisation("–", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name has the wrong format (example: Secours catholique)");
    }

    @Test
    void theOrganisationMustBeAnotherOrganisationOfTheSameCampaign() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Stakeholder franceTravail = stakeholders.add(other, StakeholderDraft.organisation("France Travail", null));

        assertThatThrownBy(() -> stakeholders.add(caf, StakeholderDraft.person("Thibaut Guilluy", null,
                franceTravail.id(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("organisation refers to something that does not exist in this campaign");
        assertThatThrownBy(() -> stakeholders.add(caf, StakeholderDraft.person("Assistant", null, grivel.id(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("organisation must be an organisation, not a person");
        assertThatThrownBy(() -> stakeholders.update(caf, cnaf.id(), cnaf.version(),
                new StakeholderDraft(StakeholderKind.organisation, "CNAF", null, cnaf.id(), null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a stakeholder cannot be its own organisation");
        assertThatThrownBy(() -> stakeholders.update(caf, cnaf.id(), cnaf.version(),
                new StakeholderDraft(StakeholderKind.person, "CNAF", null, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("kind cannot become person while people belong to this organisation");
        assertThat(stakeholders.get(caf, cnaf.id())).isEqualTo(cnaf);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        Stakeholder moved = stakeholders.update(caf, grivel.id(), grivel.version(),
                new StakeholderDraft(StakeholderKind.person, "Nicolas Grivel", "Directeur général de la CNAF",
                        cnaf.id(), StakeholderCategory.direct_target, 5, 0, null));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(moved.stance()).isZero();
        assertThat(moved.updatedAt()).isAfterOrEqualTo(grivel.updatedAt());

        assertThatThrownBy(() -> stakeholders.update(caf, grivel.id(), grivel.version(), grivel.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> stakeholders.delete(caf, grivel.id(), grivel.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(stakeholders.get(caf, grivel.id())).isEqualTo(moved);
    }

    @Test
    void anotherCampaignCannotSeeOrChangeTheStakeholder() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> stakeholders.get(other, grivel.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stakeholders.update(other, grivel.id(), 1, grivel.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stakeholders.delete(other, grivel.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(stakeholders.list(other)).isEmpty();
        assertThat(stakeholders.get(caf, grivel.id())).isEqualTo(grivel);
    }

    @Test
    void deletingAnOrganisationKeepsItsPeopleWithoutOrganisation() {
        stakeholders.delete(caf, cnaf.id(), cnaf.version());

        assertThat(stakeholders.list(caf)).extracting(Stakeholder::label).containsExactly("Nicolas Grivel");
        assertThatThrownBy(() -> stakeholders.get(caf, cnaf.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDatabaseItselfRefusesBadRows() {
        // Bypasses core validation: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(STAKEHOLDER)
                .set(STAKEHOLDER.CAMPAIGN_ID, caf)
                .set(STAKEHOLDER.KIND, org.campaigntracker.db.jooq.enums.StakeholderKind.person)
                .set(STAKEHOLDER.NAME, "Vincent Dubois").set(STAKEHOLDER.NAME_KEY, "vincent dubois")
                .set(STAKEHOLDER.POWER, (short) 9).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("stakeholder_power_range");
        assertThatThrownBy(() -> tracker.dsl().insertInto(STAKEHOLDER)
                .set(STAKEHOLDER.CAMPAIGN_ID, caf)
                .set(STAKEHOLDER.KIND, org.campaigntracker.db.jooq.enums.StakeholderKind.organisation)
                .set(STAKEHOLDER.NAME, "C.N.A.F.").set(STAKEHOLDER.NAME_KEY, "cnaf").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("stakeholder_identity_key");
    }

    @Test
    void theRepositoryTranslatesDatabaseRefusals() {
        StakeholderRepository repo = new StakeholderRepository(tracker.dsl());
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> repo.insert(caf, StakeholderDraft.organisation("cnaf", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a stakeholder with this name and organisation already exists");
        assertThatThrownBy(() -> repo.insert(other, StakeholderDraft.person("Thibaut Guilluy", null, cnaf.id(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("organisation"))
                .hasMessage("organisation refers to something that does not exist in this campaign");
        assertThatThrownBy(() -> repo.update(caf, cnaf.id(), cnaf.version(), new StakeholderDraft(
                StakeholderKind.organisation, "CNAF", null, cnaf.id(), null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a stakeholder cannot be its own organisation");
    }
}
