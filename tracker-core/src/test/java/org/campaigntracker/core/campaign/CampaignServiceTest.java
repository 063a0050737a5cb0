package org.campaigntracker.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.db.jooq.Tables;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignServiceTest {

    private Tracker tracker;
    private CampaignService campaigns;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        campaigns = tracker.campaigns();
    }

    @Test
    void createsReadsAndListsCampaigns() {
        Campaign caf = campaigns.create(new CampaignDraft("caf-2023", "Remettre l’humain au cœur des CAF",
                "A responsible COG", LocalDate.of(2023, 7, 1), "COG signature", "fr"));
        campaigns.create(CampaignDraft.of("france-travail", "France Travail"));

        assertThat(campaigns.get("caf-2023")).isEqualTo(caf);
        assertThat(caf.version()).isEqualTo(1);
        assertThat(campaigns.list()).extracting(Campaign::slug).containsExactly("caf-2023", "france-travail");
    }

    @Test
    void refusesADuplicateSlugWithAClearMessage() {
        campaigns.create(CampaignDraft.of("caf", "CAF"));
        assertThatThrownBy(() -> campaigns.create(CampaignDraft.of("caf", "Again")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a campaign with slug “caf” already exists");
    }

    @Test
    void validatesEveryFieldAtOnceInEnglishAndFrench() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new CampaignDraft("Bad Slug", " ", null, null, "COG", "de"));
        assertThat(e.violations()).extracting(v -> v.field())
                .containsExactly("slug", "name", "language", "deadline_label");
        assertThat(e.message(Locale.ENGLISH)).contains("name is required");
        assertThat(e.message(Locale.FRENCH)).contains("nom est obligatoire");
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        Campaign c = campaigns.create(CampaignDraft.of("caf", "CAF"));
        Campaign renamed = campaigns.update("caf", c.version(),
                new CampaignDraft("caf", "CAF campaign", null, null, null, "fr"));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.name()).isEqualTo("CAF campaign");

        assertThatThrownBy(() -> campaigns.update("caf", c.version(), c.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(campaigns.get("caf").name()).isEqualTo("CAF campaign");
    }

    @Test
    void unknownSlugSuggestsCloseOnes() {
        campaigns.create(CampaignDraft.of("caf-2023", "CAF"));
        assertThatThrownBy(() -> campaigns.get("caf"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("caf-2023");
    }

    @Test
    void theDatabaseItselfRefusesABadSlug() {
        // Bypasses core validation: the rule must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(Tables.CAMPAIGN)
                .set(Tables.CAMPAIGN.SLUG, "Not A Slug").set(Tables.CAMPAIGN.NAME, "x").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("campaign_slug_format");
    }

    @Test
    void deleteRemovesTheCampaign() {
        Campaign c = campaigns.create(CampaignDraft.of("caf", "CAF"));
        campaigns.delete("caf", c.version());
        assertThat(campaigns.list()).isEmpty();
    }
}
