package org.campaigntracker.core.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.core.testimony.ConsentUse.BRIEFING;
import static org.campaigntracker.core.testimony.ConsentUse.PRESS;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_CONSENT;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_DEMAND;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_IDENTITY;

import java.time.LocalDate;
import java.util.List;
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
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestimonyServiceTest {

    private static final TestimonyIdentity ISABELLE_IDENTITY =
            new TestimonyIdentity("Isabelle Morel", "06 12 34 56 78", "call after 6 pm");

    private Tracker tracker;
    private TestimonyService testimonies;
    private long caf;
    private long other;
    private long valerie;
    private long legality;
    private long banSuspensions;
    private long minimumToLive;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        testimonies = tracker.testimonies();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        valerie = new CampaignRows(tracker.dsl(), caf).member("Valérie");
        DemandService demands = tracker.demands();
        legality = demands.addTheme(caf, ThemeDraft.of("Sortir de l’illégalité des pratiques et des contrôles")).id();
        banSuspensions = demands.addDemand(caf, DemandDraft.of(legality, "Interdire les suspensions préventives")).id();
        minimumToLive = demands.addDemand(caf, DemandDraft.of(legality, "Laisser un reste à vivre lors des recouvrements")).id();
    }

    private TestimonyDraft isabelle() {
        return new TestimonyDraft("Isabelle", "In her fifties, her RSA was cut for 27 months over an asset declaration "
                + "she never received; she was left nearly homeless.", LocalDate.of(2022, 10, 3), valerie,
                List.of(banSuspensions), List.of(legality));
    }

    private TestimonyDraft valentin() {
        return TestimonyDraft.of("Valentin", "A joint account kept with his ex-wife for their child’s costs led an "
                + "algorithm to decide he did not live alone; an automatic letter asked him to repay over €16,000.",
                LocalDate.of(2022, 11, 8)).withLinks(null, List.of(minimumToLive), List.of());
    }

    @Test
    void theStoryIsReadWithoutTheIdentityWhichIsReadOnlyOnPurpose() {
        Testimony added = testimonies.add(caf, isabelle());
        testimonies.setIdentity(caf, added.id(), ISABELLE_IDENTITY);

        assertThat(added.toDraft()).isEqualTo(isabelle());
        assertThat(testimonies.get(caf, added.id())).isEqualTo(added);
        assertThat(testimonies.list(caf)).containsExactly(added);
        assertThat(testimonies.get(caf, added.id()).toString()).doesNotContain("Morel").doesNotContain("06 12");
        assertThat(testimonies.identity(caf, added.id())).contains(ISABELLE_IDENTITY);
        assertThat(ISABELLE_IDENTITY.toString()).doesNotContain("Morel");

        TestimonyIdentity moved = new TestimonyIdentity("Isabelle Morel", "isabelle@example.org", null);
        testimonies.setIdentity(caf, added.id(), moved);
        assertThat(testimonies.identity(caf, added.id())).contains(moved);

        testimonies.forgetIdentity(caf, added.id());
        assertThat(testimonies.identity(caf, added.id())).isEmpty();
        assertThat(testimonies.get(caf, added.id())).isEqualTo(added);
    }

    @Test
    void updateReplacesDemandsAndThemesAndKeepsConsents() {
        Testimony added = testimonies.add(caf, isabelle());
        // A consent is a new version: a client's cached testimony (ETag) must not keep showing the old consents.
        Testimony consented = testimonies.giveConsent(caf, added.id(),
                ConsentDraft.of(BRIEFING, LocalDate.of(2022, 11, 15)));
        assertThat(consented.version()).isEqualTo(2);

        Testimony updated = testimonies.update(caf, added.id(), consented.version(),
                isabelle().withLinks(null, List.of(minimumToLive), List.of()));

        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.collectedById()).isNull();
        assertThat(updated.demandIds()).containsExactly(minimumToLive);
        assertThat(updated.themeIds()).isEmpty();
        assertThat(updated.consents().all()).hasSize(1);
        assertThat(testimonies.get(caf, added.id())).isEqualTo(updated);
        assertThat(tracker.dsl().fetchCount(TESTIMONY_DEMAND)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        Testimony added = testimonies.add(caf, isabelle());
        Testimony current = testimonies.update(caf, added.id(), 1, isabelle().withLinks(valerie, List.of(), List.of()));

        assertThatThrownBy(() -> testimonies.update(caf, added.id(), 1, valentin()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> testimonies.delete(caf, added.id(), 1)).isInstanceOf(StaleVersionException.class);
        assertThat(testimonies.get(caf, added.id())).isEqualTo(current);
    }

    @Test
    void deleteRemovesTheTestimonyWithItsIdentityAndConsents() {
        Testimony added = testimonies.add(caf, isabelle());
        testimonies.setIdentity(caf, added.id(), ISABELLE_IDENTITY);
        Testimony consented = testimonies.giveConsent(caf, added.id(),
                ConsentDraft.of(PRESS, LocalDate.of(2022, 11, 15)));

        testimonies.delete(caf, added.id(), consented.version());

        assertThatThrownBy(() -> testimonies.get(caf, added.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.dsl().fetchCount(TESTIMONY_IDENTITY)).isZero();
        assertThat(tracker.dsl().fetchCount(TESTIMONY_CONSENT)).isZero();
    }

    @Test
    void validatesEveryFieldAtOnce() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new TestimonyDraft(" ", "", null, null, null, null));
        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("pseudonym", "story", "collected_on");
        assertThat(e).hasMessage("pseudonym is required; story is required; collected_on is required");
        assertThatThrownBy(() -> new TestimonyIdentity(" ", null, "met at the CAF office"))
                .hasMessage("full_name or contact is required");
    }

    @Test
    void aPseudonymIsUniqueInItsCampaign() {
        testimonies.add(caf, isabelle());

        assertThatThrownBy(() -> testimonies.add(caf, TestimonyDraft.of("Isabelle", "Another story",
                LocalDate.of(2023, 2, 1))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a testimony with this pseudonym already exists");
        assertThat(testimonies.add(other, TestimonyDraft.of("Isabelle", "A France Travail story",
                LocalDate.of(2024, 6, 1))).pseudonym()).isEqualTo("Isabelle");
        // Bypasses core: the rule must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(TESTIMONY)
                .set(TESTIMONY.CAMPAIGN_ID, caf).set(TESTIMONY.PSEUDONYM, "Isabelle")
                .set(TESTIMONY.STORY, "x").set(TESTIMONY.COLLECTED_ON, LocalDate.of(2023, 2, 1)).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("testimony_pseudonym_key");
    }

    @Test
    void withdrawalAndExpiryTakeATestimonyOutOfUseAtOnce() {
        Testimony isabelle = testimonies.add(caf, isabelle());
        Testimony valentin = testimonies.add(caf, valentin());
        testimonies.giveConsent(caf, isabelle.id(),
                new ConsentDraft(PRESS, NamingRule.FIRST_NAME, LocalDate.of(2022, 11, 15), LocalDate.of(2023, 7, 1), "Valérie"));
        testimonies.giveConsent(caf, isabelle.id(), ConsentDraft.of(BRIEFING, LocalDate.of(2022, 11, 15)));
        testimonies.giveConsent(caf, valentin.id(), ConsentDraft.of(PRESS, LocalDate.of(2022, 12, 1)));
        LocalDate jan10 = LocalDate.of(2023, 1, 10);

        assertThat(testimonies.usableFor(caf, PRESS, jan10)).extracting(Testimony::pseudonym)
                .containsExactly("Isabelle", "Valentin");
        assertThat(testimonies.usableFor(caf, PRESS, LocalDate.of(2022, 11, 30))).extracting(Testimony::pseudonym)
                .containsExactly("Isabelle");

        Testimony withdrawn = testimonies.withdrawConsent(caf, valentin.id(), PRESS, jan10);

        assertThat(withdrawn.allows(PRESS, jan10)).isFalse();
        assertThat(testimonies.usableFor(caf, PRESS, jan10)).extracting(Testimony::pseudonym)
                .containsExactly("Isabelle");
        assertThat(testimonies.usableFor(caf, PRESS, jan10.minusDays(1))).extracting(Testimony::pseudonym)
                .containsExactly("Isabelle", "Valentin");
        assertThat(testimonies.usableFor(caf, PRESS, LocalDate.of(2023, 7, 1))).isEmpty();
        assertThat(testimonies.usableFor(caf, BRIEFING, LocalDate.of(2023, 7, 1))).extracting(Testimony::pseudonym)
                .containsExactly("Isabelle");
        assertThat(testimonies.usableFor(other, BRIEFING, LocalDate.of(2023, 7, 1))).isEmpty();
        assertThatThrownBy(() -> testimonies.withdrawConsent(caf, valentin.id(), PRESS, jan10))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no consent matches “press”");
    }

    @Test
    void aConsentCannotBeWithdrawnBeforeItWasGiven() {
        Testimony added = testimonies.add(caf, isabelle());
        testimonies.giveConsent(caf, added.id(), ConsentDraft.of(PRESS, LocalDate.of(2022, 11, 15)));

        assertThatThrownBy(() -> testimonies.withdrawConsent(caf, added.id(), PRESS, LocalDate.of(2022, 11, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("consent cannot be withdrawn before it was given");
        assertThat(testimonies.usableFor(caf, PRESS, LocalDate.of(2023, 1, 1))).hasSize(1);
        // Bypasses core: the rule must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(TESTIMONY_CONSENT)
                .set(TESTIMONY_CONSENT.TESTIMONY_ID, added.id())
                .set(TESTIMONY_CONSENT.USE, org.campaigntracker.db.jooq.enums.ConsentUse.public_)
                .set(TESTIMONY_CONSENT.GIVEN_ON, LocalDate.of(2022, 11, 15))
                .set(TESTIMONY_CONSENT.WITHDRAWN_ON, LocalDate.of(2022, 11, 1)).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("testimony_consent_withdrawal_after_given");
    }

    @Test
    void anotherCampaignCannotReachTheTestimonyOrItsIdentity() {
        Testimony added = testimonies.add(caf, isabelle());
        testimonies.setIdentity(caf, added.id(), ISABELLE_IDENTITY);
        long id = added.id();

        assertThatThrownBy(() -> testimonies.get(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.identity(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.setIdentity(other, id, new TestimonyIdentity("X", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.forgetIdentity(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.update(other, id, 1, valentin())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.delete(other, id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.giveConsent(other, id, ConsentDraft.of(PRESS, LocalDate.of(2023, 1, 1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testimonies.withdrawConsent(other, id, PRESS, LocalDate.of(2023, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(testimonies.list(other)).isEmpty();
        assertThat(testimonies.identity(caf, id)).contains(ISABELLE_IDENTITY);
        assertThat(testimonies.get(caf, id)).isEqualTo(added);
    }

    @Test
    void linkedRecordsMustBelongToTheSameCampaign() {
        long otherMember = new CampaignRows(tracker.dsl(), other).member("Camille");

        assertThatThrownBy(() -> testimonies.add(caf, isabelle().withLinks(otherMember, List.of(banSuspensions),
                List.of(-7L))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("collected_by refers to something that does not exist in this campaign; "
                        + "themes refers to something that does not exist in this campaign");
        // The repository alone (no service check) still reports it as invalid input, not as an SQL error.
        assertThatThrownBy(() -> new TestimonyRepository(tracker.dsl(), tracker.sealer()).insert(caf,
                isabelle().withLinks(otherMember, List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refers to something that does not exist in this campaign");
        assertThat(testimonies.list(caf)).isEmpty();
    }

    @Test
    void everyUseAndNamingIsStoredAndReadBack() {
        Testimony added = testimonies.add(caf, isabelle());
        LocalDate given = LocalDate.of(2022, 11, 15);
        for (ConsentUse use : ConsentUse.values()) {
            NamingRule naming = NamingRule.values()[use.ordinal() % NamingRule.values().length];
            testimonies.giveConsent(caf, added.id(), new ConsentDraft(use, naming, given, null, null));
        }

        Consents consents = testimonies.get(caf, added.id()).consents();

        for (ConsentUse use : ConsentUse.values()) {
            assertThat(consents.naming(use, given))
                    .contains(NamingRule.values()[use.ordinal() % NamingRule.values().length]);
        }
    }
}
