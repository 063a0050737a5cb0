package org.campaigntracker.core.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.core.press.PressMedium.BLOG;
import static org.campaigntracker.core.press.PressMedium.RADIO;
import static org.campaigntracker.core.press.PressMedium.TV;
import static org.campaigntracker.core.press.PressMedium.WEB;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.PRESS_QUOTE;
import static org.campaigntracker.db.jooq.Tables.PRESS_TESTIMONY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.FieldViolation;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.CampaignRows;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyService;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PressServiceTest {

    private static final String INTER_URL = "https://www.radiofrance.fr/franceinter/podcasts/secrets-d-info/"
            + "quand-des-algorithmes-notent-les-allocataires-de-la-caf";

    private Tracker tracker;
    private PressService press;
    private long caf;
    private long other;
    private long secoursCatholique;
    private long grivel;
    private long transparency;
    private long legality;
    private long publishLetters;
    private long banSuspensions;
    private long valentin;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        press = tracker.press();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        CampaignRows rows = new CampaignRows(tracker.dsl(), caf);
        secoursCatholique = rows.organisation("Secours catholique");
        grivel = rows.person("Nicolas Grivel");
        DemandService demands = tracker.demands();
        legality = demands.addTheme(caf, ThemeDraft.of("Sortir de l’illégalité des pratiques et des contrôles")).id();
        transparency = demands.addTheme(caf, ThemeDraft.of("Restaurer la transparence, base de la justice")).id();
        banSuspensions = demands.addDemand(caf, DemandDraft.of(legality, "Interdire les suspensions préventives")).id();
        publishLetters = demands.addDemand(caf, DemandDraft.of(transparency, "Publier les lettres réseau")).id();
        valentin = tracker.testimonies().add(caf, TestimonyDraft.of("Valentin",
                "Asked by an automatic letter to repay over €16,000.", LocalDate.of(2022, 11, 8))).id();
    }

    private PressItemDraft franceInter() {
        return new PressItemDraft("France Inter", RADIO, LocalDate.of(2022, 12, 10),
                "Quand des algorithmes notent les allocataires de la Caf", INTER_URL, "Benoît Collombat", 3_000_000L,
                PressTone.FAVOURABLE, "Radio France investigation aired after the 1 pm news; coalition members quoted.",
                List.of(transparency), List.of(publishLetters), List.of(secoursCatholique), List.of(valentin));
    }

    @Test
    void recordsAnItemWithItsThemesDemandsQuotesAndTestimonies() {
        PressItem added = press.add(caf, franceInter());

        assertThat(added.version()).isEqualTo(1);
        assertThat(added.toDraft()).isEqualTo(franceInter());
        assertThat(added.quotedStakeholderIds()).containsExactly(secoursCatholique);
        assertThat(added.testimonyIds()).containsExactly(valentin);
        assertThat(press.get(caf, added.id())).isEqualTo(added);
        assertThat(press.list(caf, PressFilter.all())).containsExactly(added);
        assertThat(PressItemDraft.of("Basta!", WEB, LocalDate.of(2023, 2, 1), "Contrôles CAF", null).tone())
                .isEqualTo(PressTone.NEUTRAL);
    }

    @Test
    void updateReplacesTheLinksAsAWhole() {
        PressItem added = press.add(caf, franceInter());

        PressItem updated = press.update(caf, added.id(), added.version(), franceInter()
                .withLinks(List.of(legality, transparency), List.of(banSuspensions), List.of(grivel), List.of()));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.themeIds()).containsExactlyInAnyOrder(legality, transparency);
        assertThat(updated.demandIds()).containsExactly(banSuspensions);
        assertThat(updated.quotedStakeholderIds()).containsExactly(grivel);
        assertThat(updated.testimonyIds()).isEmpty();
        assertThat(press.get(caf, added.id())).isEqualTo(updated);
        assertThat(tracker.dsl().fetchCount(PRESS_QUOTE)).isEqualTo(1);
        assertThat(tracker.dsl().fetchCount(PRESS_TESTIMONY)).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        PressItem added = press.add(caf, franceInter());
        PressItem current = press.update(caf, added.id(), 1, franceInter().withLinks(null, null, null, null));

        assertThatThrownBy(() -> press.update(caf, added.id(), 1, franceInter()))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("press item");
        assertThatThrownBy(() -> press.delete(caf, added.id(), 1)).isInstanceOf(StaleVersionException.class);
        assertThat(press.get(caf, added.id())).isEqualTo(current);
    }

    @Test
    void deleteRemovesTheItemAndItsLinks() {
        PressItem added = press.add(caf, franceInter());

        press.delete(caf, added.id(), added.version());

        assertThatThrownBy(() -> press.get(caf, added.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.dsl().fetchCount(PRESS_QUOTE)).isZero();
        assertThat(tracker.dsl().fetchCount(PRESS_TESTIMONY)).isZero();
    }

    @Test
    void validatesEveryFieldAtOnce() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new PressItemDraft(" ", null, null, "", "ftp://radiofrance.fr/x", null, -1L, null, null, null,
                        null, null, null));
        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("outlet", "medium", "published_on", "title", "url", "reach");
        assertThat(e.message(Locale.ENGLISH))
                .contains("url has the wrong format (example: https://www.radiofrance.fr/…)")
                .contains("reach must not be negative");
        assertThatThrownBy(() -> PressFilter.all().between(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1)))
                .hasMessage("from must not be after to");
    }

    @Test
    void aUrlIsRecordedOncePerCampaign() {
        press.add(caf, franceInter());

        assertThatThrownBy(() -> press.add(caf, PressItemDraft.of("franceinfo", WEB, LocalDate.of(2022, 12, 9),
                "Quand des algorithmes notent les allocataires", INTER_URL)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a press item with this URL already exists");
        press.add(caf, PressItemDraft.of("France 2", TV, LocalDate.of(2022, 12, 5), "La CAF ne répond pas", null));
        press.add(caf, PressItemDraft.of("France 2", TV, LocalDate.of(2022, 12, 6), "Envoyé spécial, rediffusion", null));
        press.add(other, PressItemDraft.of("France Inter", RADIO, LocalDate.of(2022, 12, 10), "Reprise", INTER_URL));
        assertThat(press.list(caf, PressFilter.all())).hasSize(3);
    }

    @Test
    void theDatabaseItselfRefusesADuplicateOrMalformedUrl() {
        press.add(caf, franceInter());

        // Bypasses core: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> insertDirectly(INTER_URL))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("press_item_url_key");
        assertThatThrownBy(() -> insertDirectly("www.francetvinfo.fr"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("press_item_url_format");
    }

    private void insertDirectly(String url) {
        tracker.dsl().insertInto(PRESS_ITEM)
                .set(PRESS_ITEM.CAMPAIGN_ID, caf)
                .set(PRESS_ITEM.OUTLET, "franceinfo")
                .set(PRESS_ITEM.MEDIUM, org.campaigntracker.db.jooq.enums.PressMedium.web)
                .set(PRESS_ITEM.PUBLISHED_ON, LocalDate.of(2022, 12, 9))
                .set(PRESS_ITEM.TITLE, "Quand des algorithmes notent les allocataires")
                .set(PRESS_ITEM.URL, url)
                .execute();
    }

    @Test
    void listsNewestFirstWithFilters() {
        PressItem quadrature = press.add(caf, PressItemDraft.of("La Quadrature du Net", WEB, LocalDate.of(2022, 10, 19),
                "Notation des allocataires : l’indécence des pratiques de la CAF", "https://www.laquadrature.net/caf")
                .withLinks(List.of(transparency), null, null, null));
        PressItem envoyeSpecial = press.add(caf, PressItemDraft.of("France 2", TV, LocalDate.of(2022, 12, 5),
                "Envoyé spécial : La CAF ne répond pas", null).withLinks(List.of(legality), List.of(banSuspensions),
                List.of(grivel), null));
        PressItem franceInter = press.add(caf, franceInter());
        PressItem mediapart = press.add(caf, PressItemDraft.of("Mediapart", BLOG, LocalDate.of(2023, 1, 5),
                "La CAF se réfugie dans l’opacité", "https://blogs.mediapart.fr/changer-de-cap/caf-opacite"));

        assertThat(press.list(caf, PressFilter.all()))
                .containsExactly(mediapart, franceInter, envoyeSpecial, quadrature);
        assertThat(press.list(caf, PressFilter.all().withTheme(transparency))).containsExactly(franceInter, quadrature);
        assertThat(press.list(caf, PressFilter.all().withDemand(banSuspensions))).containsExactly(envoyeSpecial);
        assertThat(press.list(caf, PressFilter.all().quoting(secoursCatholique))).containsExactly(franceInter);
        assertThat(press.list(caf, PressFilter.all().withMedium(WEB))).containsExactly(quadrature);
        assertThat(press.list(caf, PressFilter.all().between(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31))))
                .containsExactly(franceInter, envoyeSpecial);
        assertThat(press.list(caf, PressFilter.all().withTheme(transparency).withMedium(RADIO)
                .between(LocalDate.of(2022, 12, 10), LocalDate.of(2022, 12, 10)))).containsExactly(franceInter);
        assertThat(press.list(other, PressFilter.all())).isEmpty();
    }

    @Test
    void anotherCampaignCannotReachTheItemNorLendItsRecords() {
        PressItem added = press.add(caf, franceInter());
        long guilluy = new CampaignRows(tracker.dsl(), other).person("Thibaut Guilluy");

        assertThatThrownBy(() -> press.get(other, added.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> press.update(other, added.id(), 1, franceInter())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> press.delete(other, added.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(press.get(caf, added.id())).isEqualTo(added);

        assertThatThrownBy(() -> press.add(caf, PressItemDraft.of("Basta!", WEB, LocalDate.of(2023, 2, 1),
                "Contrôles CAF", null).withLinks(null, null, List.of(guilluy), List.of(-3L))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("quoted refers to something that does not exist in this campaign; "
                        + "testimonies refers to something that does not exist in this campaign");
    }

    @Test
    void everyMediumAndToneIsStoredAndReadBack() {
        for (PressMedium medium : PressMedium.values()) {
            for (PressTone tone : PressTone.values()) {
                PressItem added = press.add(caf, new PressItemDraft("Outlet", medium, LocalDate.of(2023, 1, 1),
                        medium.code() + " " + tone.code(), null, null, null, tone, null, null, null, null, null));
                assertThat(press.get(caf, added.id())).extracting(PressItem::medium, PressItem::tone)
                        .containsExactly(medium, tone);
            }
        }
    }
}
