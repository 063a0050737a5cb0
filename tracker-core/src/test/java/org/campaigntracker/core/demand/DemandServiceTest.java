package org.campaigntracker.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.AmbiguousNameException;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.db.jooq.Tables;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemandServiceTest {

    private Tracker tracker;
    private DemandService demands;
    private long caf;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        demands = tracker.demands();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
    }

    @Test
    void themesAndDemandsGetTheNextCodesInOrder() {
        Theme legality = demands.addTheme(caf, ThemeDraft.of("Sortir de l’illégalité des pratiques et des contrôles"));
        Theme mediation = demands.addTheme(caf, ThemeDraft.of("Humaniser les relations et favoriser la médiation"));
        assertThat(legality.code()).isEqualTo("1");
        assertThat(mediation.code()).isEqualTo("2");
        assertThat(mediation.position()).isEqualTo(2);

        demands.addDemand(caf, DemandDraft.of(legality.id(), "Interdire les décisions automatiques"));
        demands.addDemand(caf, DemandDraft.of(mediation.id(), "Un accueil physique par des agents qualifiés"));
        for (int i = 0; i < 9; i++) {
            demands.addDemand(caf, DemandDraft.of(legality.id(), "Demande " + (i + 2)));
        }
        // Numeric order: 1.2 before 1.10, and theme order before code.
        assertThat(demands.demands(caf)).extracting(Demand::code)
                .startsWith("1.1", "1.2", "1.3").contains("1.10").endsWith("2.1");
        assertThat(demands.themes(caf)).extracting(Theme::code).containsExactly("1", "2");
    }

    @Test
    void demandsAreFoundByCodeOrForgivingTitle() {
        Theme t = demands.addTheme(caf, ThemeDraft.of("Transparence"));
        Demand letters = demands.addDemand(caf, DemandDraft.of(t.id(), "Publier les lettres réseau"));
        Demand data = demands.addDemand(caf, DemandDraft.of(t.id(), "Accès de chacun à ses données"));
        assertThat(demands.findDemand(caf, "1.2")).isEqualTo(data);
        assertThat(demands.findDemand(caf, "lettres RESEAU")).isEqualTo(letters);
        assertThat(demands.findTheme(caf, "transp")).isEqualTo(t);
        assertThatThrownBy(() -> demands.findDemand(caf, "1."))
                .isInstanceOf(AmbiguousNameException.class);
        assertThatThrownBy(() -> demands.findDemand(caf, "donnes"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("did you mean");
    }

    @Test
    void editsKeepTheEarlierWordings() {
        Theme t = demands.addTheme(caf, ThemeDraft.of("Confiance avec les allocataires"));
        Demand d = demands.addDemand(caf, DemandDraft.of(t.id(), "Associer les allocataires"));
        Demand reworded = demands.updateDemand(caf, d.id(), d.version(),
                new DemandDraft(t.id(), null, "Associer les allocataires aux décisions", "Texte", null));
        Demand retired = demands.updateDemand(caf, d.id(), reworded.version(),
                new DemandDraft(t.id(), null, reworded.title(), reworded.body(), LocalDate.of(2023, 1, 17)));

        assertThat(retired.version()).isEqualTo(3);
        assertThat(retired.active()).isFalse();
        assertThat(demands.demandHistory(caf, d.id())).extracting(Revision::version, Revision::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Associer les allocataires"),
                        org.assertj.core.groups.Tuple.tuple(2, "Associer les allocataires aux décisions"));

        Theme renamed = demands.updateTheme(caf, t.id(), t.version(),
                new ThemeDraft(null, null, "Confiance et co-construction avec les allocataires", null, null));
        assertThat(renamed.code()).isEqualTo("1");
        assertThat(demands.themeHistory(caf, t.id())).extracting(Revision::title)
                .containsExactly("Confiance avec les allocataires");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        Theme t = demands.addTheme(caf, ThemeDraft.of("Transparence"));
        Demand d = demands.addDemand(caf, DemandDraft.of(t.id(), "Publier les lettres réseau"));
        demands.updateDemand(caf, d.id(), d.version(), new DemandDraft(t.id(), null, "Version A", null, null));
        assertThatThrownBy(() -> demands.updateDemand(caf, d.id(), d.version(),
                new DemandDraft(t.id(), null, "Version B", null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> demands.deleteDemand(caf, d.id(), d.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(demands.demand(caf, d.id()).title()).isEqualTo("Version A");
    }

    @Test
    void anotherCampaignsThemesAndDemandsAreInvisible() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Theme foreign = demands.addTheme(other, ThemeDraft.of("Transparence des algorithmes"));
        Demand foreignDemand = demands.addDemand(other, DemandDraft.of(foreign.id(), "Publier le score"));

        assertThatThrownBy(() -> demands.demand(caf, foreignDemand.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> demands.addDemand(caf, DemandDraft.of(foreign.id(), "Intrusion")))
                .isInstanceOf(InvalidInputException.class).hasMessage("theme refers to something that does not exist in this campaign");
        assertThatThrownBy(() -> demands.deleteTheme(caf, foreign.id(), foreign.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(demands.demands(other)).hasSize(1);
    }

    @Test
    void badCodesAreRefusedByCoreAndByTheDatabase() {
        Theme t = demands.addTheme(caf, ThemeDraft.of("Transparence"));
        assertThatThrownBy(() -> new DemandDraft(t.id(), "1-2", "x", null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("code has the wrong format (example: 1.2)");
        assertThatThrownBy(() -> tracker.dsl().insertInto(Tables.DEMAND)
                .set(Tables.DEMAND.CAMPAIGN_ID, caf).set(Tables.DEMAND.THEME_ID, t.id())
                .set(Tables.DEMAND.CODE, "1").set(Tables.DEMAND.TITLE, "x").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("demand_code_format");

        DemandRepository repo = new DemandRepository(tracker.dsl());
        assertThatThrownBy(() -> repo.insertDemand(caf, "1", DemandDraft.of(t.id(), "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a demand code is numbers separated by dots (example: 1.2)");
        demands.addDemand(caf, new DemandDraft(t.id(), "1.1", "Publier", null, null));
        assertThatThrownBy(() -> demands.addDemand(caf, new DemandDraft(t.id(), "1.1", "Encore", null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("another demand of this campaign has this code");
        assertThat(demands.demands(caf)).hasSize(1);
    }
}
